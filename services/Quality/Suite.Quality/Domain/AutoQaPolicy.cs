namespace Suite.Quality.Domain;

/// <summary>
/// A tenant's rules for the automatic inspection of every conversation: what counts as a greeting and a
/// closing, the red-line phrase lists per category, whether contact details are detected by pattern, and
/// the response-time threshold. The defaults cover Chinese and English chats.
/// </summary>
public sealed record AutoQaPolicy(
    IReadOnlyList<string> GreetingPhrases,
    IReadOnlyList<string> ClosingPhrases,
    IReadOnlyList<string> AbusePhrases,
    IReadOnlyList<string> OffPlatformPhrases,
    IReadOnlyList<string> AbsoluteAdvertisingPhrases,
    bool DetectContactDetails,
    int ResponseThresholdSeconds)
{
    public const int MaxPhrases = 2000;
    public const int MaxPhraseLength = 100;
    public const int MaxResponseThresholdSeconds = 24 * 60 * 60;

    public TimeSpan ResponseThreshold => TimeSpan.FromSeconds(ResponseThresholdSeconds);

    /// <summary>
    /// Bare 最 is not a default: it would flag every 最近 ("recently"); its absolute compounds are.
    /// A tenant that wants the bare character adds it.
    /// </summary>
    public static AutoQaPolicy Default { get; } = new(
        GreetingPhrases: ["您好", "你好", "欢迎光临", "很高兴为您服务", "在的亲", "hello", "good morning", "good afternoon", "good evening", "welcome"],
        ClosingPhrases: ["感谢", "谢谢", "再见", "祝您", "欢迎再次光临", "还有其他", "thank you", "thanks", "goodbye", "have a nice day", "anything else"],
        AbusePhrases: ["傻逼", "滚蛋", "神经病", "你有病", "白痴", "蠢货", "你懂不懂", "爱买不买", "idiot", "stupid", "shut up", "moron"],
        OffPlatformPhrases: ["加微信", "加我微信", "私聊", "加qq", "支付宝转账", "线下交易", "add me on wechat", "whatsapp", "pay outside"],
        AbsoluteAdvertisingPhrases: ["最好", "最佳", "最低价", "最便宜", "最高级", "全网最", "第一", "唯一", "100%", "顶级", "绝对", "best", "number one", "no.1", "guaranteed"],
        DetectContactDetails: true,
        ResponseThresholdSeconds: 180);

    public IEnumerable<(string Phrase, RedLineCategory Category)> RedLinePhrases() =>
        AbusePhrases.Select(phrase => (phrase, RedLineCategory.Abuse))
            .Concat(OffPlatformPhrases.Select(phrase => (phrase, RedLineCategory.OffPlatform)))
            .Concat(AbsoluteAdvertisingPhrases.Select(phrase => (phrase, RedLineCategory.AbsoluteAdvertising)));

    /// <summary>Every field is required: a policy is replaced as a whole, and an empty list is a deliberate choice.</summary>
    public static Dictionary<string, string[]> Validate(AutoQaPolicyDraft draft)
    {
        var errors = new Dictionary<string, string[]>();
        CheckPhrases(errors, "greetingPhrases", draft.GreetingPhrases);
        CheckPhrases(errors, "closingPhrases", draft.ClosingPhrases);
        CheckPhrases(errors, "abusePhrases", draft.AbusePhrases);
        CheckPhrases(errors, "offPlatformPhrases", draft.OffPlatformPhrases);
        CheckPhrases(errors, "absoluteAdvertisingPhrases", draft.AbsoluteAdvertisingPhrases);
        if (draft.DetectContactDetails is null)
        {
            errors["detectContactDetails"] = ["detectContactDetails is required."];
        }

        if (draft.ResponseThresholdSeconds is not (>= 1 and <= MaxResponseThresholdSeconds))
        {
            errors["responseThresholdSeconds"] = [$"responseThresholdSeconds is required, between 1 and {MaxResponseThresholdSeconds}."];
        }

        return errors;
    }

    /// <summary>Call only on a draft that passed <see cref="Validate"/>.</summary>
    public static AutoQaPolicy From(AutoQaPolicyDraft draft) => new(
        draft.GreetingPhrases!, draft.ClosingPhrases!, draft.AbusePhrases!, draft.OffPlatformPhrases!,
        draft.AbsoluteAdvertisingPhrases!, draft.DetectContactDetails!.Value, draft.ResponseThresholdSeconds!.Value);

    private static void CheckPhrases(Dictionary<string, string[]> errors, string field, IReadOnlyList<string?>? phrases)
    {
        if (phrases is null)
        {
            errors[field] = [$"{field} is required (an empty list for none)."];
            return;
        }

        if (phrases.Count > MaxPhrases)
        {
            errors[field] = [$"{field} may hold at most {MaxPhrases} phrases."];
            return;
        }

        for (var index = 0; index < phrases.Count; index++)
        {
            var phrase = phrases[index];
            if (string.IsNullOrWhiteSpace(phrase) || phrase.Trim().Length > MaxPhraseLength)
            {
                errors[$"{field}[{index}]"] = [$"A phrase must be 1 to {MaxPhraseLength} characters and not blank."];
            }
        }
    }
}

/// <summary>A policy as a caller sent it, before validation.</summary>
public sealed record AutoQaPolicyDraft(
    IReadOnlyList<string>? GreetingPhrases,
    IReadOnlyList<string>? ClosingPhrases,
    IReadOnlyList<string>? AbusePhrases,
    IReadOnlyList<string>? OffPlatformPhrases,
    IReadOnlyList<string>? AbsoluteAdvertisingPhrases,
    bool? DetectContactDetails,
    int? ResponseThresholdSeconds);
