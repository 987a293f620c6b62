using Suite.Training.Domain;

namespace Suite.Training.Api;

public sealed record CertificationResponse(
    Guid Id,
    Guid AgentId,
    Guid CourseId,
    string Skill,
    DateTimeOffset GrantedAt,
    DateTimeOffset ValidUntil,
    bool IsCurrent,
    DateTimeOffset? SupersededAt)
{
    public static CertificationResponse From(Certification certification, DateTimeOffset now) => new(
        certification.Id, certification.AgentId, certification.CourseId, certification.Skill, certification.GrantedAt,
        certification.ValidUntil, certification.IsCurrentAt(now), certification.SupersededAt);
}

public sealed record CompletionResponse(
    Guid Id,
    Guid AgentId,
    Guid CourseId,
    string CourseTitle,
    int CourseVersion,
    Guid AttemptId,
    decimal ScorePercent,
    DateTimeOffset CompletedAt);
