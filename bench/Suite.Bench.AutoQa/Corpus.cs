using System.Text;
using Suite.Quality.Domain;

namespace Suite.Bench.AutoQa;

/// <summary>
/// Generated chat transcripts in Chinese and English, the same for the same seed, with red-line
/// phrases planted in some agent messages. English is lower case so that ripgrep's case-sensitive
/// count and the scanner's case-insensitive one count the same lines.
/// </summary>
public sealed class Corpus
{
    private const string Hanzi =
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞";

    private static readonly string[] EnglishWords =
    [
        "order", "delivery", "refund", "size", "colour", "stock", "coupon", "price", "parcel", "return", "exchange", "invoice",
        "address", "tracking", "warehouse", "discount", "please", "thanks", "hello", "sorry", "wait", "check", "today", "tomorrow",
        "quality", "fabric", "cotton", "shoes", "dress", "phone", "charger", "battery", "screen", "warranty", "repair", "express",
        "shipping", "courier", "payment", "balance", "member", "points", "voucher", "gift", "box", "small", "large", "medium",
    ];

    private static readonly string[] RareWords =
    [
        "wechat", "whatsapp", "telegram", "alipay", "offline", "transfer", "private", "direct", "cheapest", "guaranteed",
        "number", "best", "ultimate", "perfect", "idiot", "stupid", "moron", "dumb", "outside", "cash", "bank", "account",
    ];

    private Corpus(List<string> phrases, List<List<TranscriptMessage>> conversations, long textBytes, int messages)
    {
        Phrases = phrases;
        Conversations = conversations;
        TextBytes = textBytes;
        Messages = messages;
    }

    public IReadOnlyList<string> Phrases { get; }

    public IReadOnlyList<List<TranscriptMessage>> Conversations { get; }

    /// <summary>UTF-8 bytes of all message texts, one line each: the size of the file ripgrep reads.</summary>
    public long TextBytes { get; }

    public int Messages { get; }

    public static Corpus Generate(long targetBytes, int phraseCount, int seed)
    {
        var random = new Random(seed);
        var phrases = GeneratePhrases(random, phraseCount);
        var conversations = new List<List<TranscriptMessage>>();
        var start = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.FromHours(8));
        long bytes = 0;
        var messages = 0;
        var builder = new StringBuilder();
        while (bytes < targetBytes)
        {
            var at = start.AddSeconds(random.Next(0, 30 * 24 * 3600));
            var transcript = new List<TranscriptMessage>();
            var count = random.Next(6, 17);
            for (var index = 0; index < count; index++)
            {
                var role = index % 2 == 0 ^ random.Next(5) == 0 ? SenderRole.Customer : SenderRole.Agent;
                at = at.AddSeconds(random.Next(5, 400));
                var text = Sentence(random, builder, role == SenderRole.Agent && random.Next(50) == 0 ? phrases[random.Next(phrases.Count)] : null);
                transcript.Add(new TranscriptMessage(role, at, text));
                bytes += Encoding.UTF8.GetByteCount(text) + 1;
                messages++;
            }

            conversations.Add(transcript);
        }

        return new Corpus(phrases, conversations, bytes, messages);
    }

    /// <summary>Half Chinese (2 to 4 characters), half English (two rare words, or a rare and a common one).</summary>
    private static List<string> GeneratePhrases(Random random, int count)
    {
        var phrases = new HashSet<string>(StringComparer.Ordinal);
        while (phrases.Count < count)
        {
            var second = random.Next(2) == 0 ? RareWords : EnglishWords;
            phrases.Add(phrases.Count % 2 == 0
                ? string.Concat(Enumerable.Range(0, random.Next(2, 5)).Select(_ => Hanzi[random.Next(Hanzi.Length)]))
                : $"{RareWords[random.Next(RareWords.Length)]} {second[random.Next(second.Length)]}");
        }

        return [.. phrases];
    }

    private static string Sentence(Random random, StringBuilder builder, string? planted)
    {
        builder.Clear();
        var chinese = random.Next(10) < 7;
        var tokens = random.Next(4, 24);
        var plantAt = planted is null ? -1 : random.Next(tokens);
        for (var token = 0; token < tokens; token++)
        {
            if (token == plantAt)
            {
                builder.Append(planted).Append(chinese ? "" : " ");
                continue;
            }

            if (chinese)
            {
                builder.Append(Hanzi[random.Next(Hanzi.Length)]);
                if (random.Next(8) == 0)
                {
                    builder.Append(random.Next(2) == 0 ? ',' : ' ');
                }
            }
            else
            {
                builder.Append(EnglishWords[random.Next(EnglishWords.Length)]).Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }
}
