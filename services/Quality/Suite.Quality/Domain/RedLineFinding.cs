namespace Suite.Quality.Domain;

/// <summary>
/// Where an agent's message crossed a red line: the message's index in the transcript, the character
/// position and length of the match inside its text, the rule that matched (a phrase, or the name of
/// a pattern such as "phone-number") and the text as the agent wrote it.
/// </summary>
public sealed record RedLineFinding(
    int MessageIndex,
    int Position,
    int Length,
    RedLineCategory Category,
    string Rule,
    string MatchedText);
