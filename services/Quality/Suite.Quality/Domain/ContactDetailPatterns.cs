using System.Text.RegularExpressions;

namespace Suite.Quality.Domain;

/// <summary>
/// Contact details that move a customer off the platform but that no phrase list can enumerate:
/// mainland mobile numbers (with or without +86, spaces or dashes) and WeChat ids introduced as such.
/// </summary>
public static partial class ContactDetailPatterns
{
    public const string PhoneNumber = "phone-number";
    public const string WeChatId = "wechat-id";

    public static IEnumerable<(int Position, int Length, string Pattern)> FindAll(string text)
    {
        foreach (Match match in MobileNumber().Matches(text))
        {
            yield return (match.Index, match.Length, PhoneNumber);
        }

        foreach (Match match in WeChat().Matches(text))
        {
            yield return (match.Index, match.Length, WeChatId);
        }
    }

    [GeneratedRegex(@"(?<![0-9])(?:\+?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex MobileNumber();

    // A WeChat id is 6 to 20 characters starting with a letter; it only counts when introduced as one,
    // since such strings are otherwise ordinary words and order numbers.
    [GeneratedRegex(
        @"(?:微信号?|威信|薇信|v信|加v|weixin|wechat|vx|wx)\s*(?:号|id)?\s*[:：是为]?\s*[a-z][-_a-z0-9]{5,19}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeChat();
}
