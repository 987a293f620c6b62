namespace Suite.Training.Domain;

/// <summary>
/// How a course's quiz is run: how many questions each attempt draws from the bank, the time limit, how many
/// attempts an agent gets, the pass mark, and how long the certification granted on passing lasts
/// (none when <see cref="CertificationValidityDays"/> is null).
/// </summary>
public sealed record AssessmentSettings(
    int QuestionsPerAttempt,
    int TimeLimitMinutes,
    int MaxAttempts,
    int PassMarkPercent,
    int? CertificationValidityDays);
