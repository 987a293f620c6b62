namespace Suite.Quality.Domain;

/// <summary>
/// Inspects a transcript under one tenant's policy. Built once per policy (the phrase tables are
/// compiled then) and used for every conversation of a batch.
/// </summary>
public sealed class AutoQaInspector(AutoQaPolicy policy)
{
    private readonly PhraseScanner<RedLineCategory> _redLines = new(policy.RedLinePhrases());
    private readonly PhraseScanner<bool> _greetings = new(policy.GreetingPhrases.Select(phrase => (phrase, true)));
    private readonly PhraseScanner<bool> _closings = new(policy.ClosingPhrases.Select(phrase => (phrase, true)));

    /// <summary>
    /// Only the agent's messages are held to the red lines: a customer who swears or gives a phone
    /// number for delivery has crossed none. The greeting is looked for in the agent's first message and
    /// the closing in the agent's last one, where a script puts them.
    /// </summary>
    public AutoQaResult Inspect(IReadOnlyList<TranscriptMessage> messages)
    {
        var hits = new List<RedLineFinding>();
        int customerMessages = 0, agentMessages = 0;
        TranscriptMessage? firstAgentMessage = null, lastAgentMessage = null;
        for (var index = 0; index < messages.Count; index++)
        {
            var message = messages[index];
            if (message.Role == SenderRole.Customer)
            {
                customerMessages++;
            }
            else if (message.Role == SenderRole.Agent)
            {
                agentMessages++;
                firstAgentMessage ??= message;
                lastAgentMessage = message;
                hits.AddRange(RedLinesIn(index, message.Text));
            }
        }

        return new AutoQaResult(
            ResponseTimes.Measure(messages, policy.ResponseThreshold),
            customerMessages,
            agentMessages,
            firstAgentMessage is not null && _greetings.ContainsAny(firstAgentMessage.Text),
            lastAgentMessage is not null && _closings.ContainsAny(lastAgentMessage.Text),
            hits);
    }

    private IEnumerable<RedLineFinding> RedLinesIn(int messageIndex, string text)
    {
        var findings = _redLines.FindAll(text)
            .Select(match => new RedLineFinding(
                messageIndex, match.Position, match.Length, match.Tag, match.Phrase, text.Substring(match.Position, match.Length)));
        if (policy.DetectContactDetails)
        {
            findings = findings.Concat(ContactDetailPatterns.FindAll(text)
                .Select(match => new RedLineFinding(
                    messageIndex, match.Position, match.Length, RedLineCategory.OffPlatform, match.Pattern,
                    text.Substring(match.Position, match.Length))));
        }

        return findings.OrderBy(finding => finding.Position);
    }
}
