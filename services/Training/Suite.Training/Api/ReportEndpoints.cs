using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.ServiceDefaults.Auth;
using Suite.Training.Agents;
using Suite.Training.Data;
using Suite.Training.Domain;

namespace Suite.Training.Api;

public sealed record CourseReportResponse(
    Guid CourseId, string Title, CourseCategory Category, int AgentsAttempted, int AttemptsDecided, int AttemptsPassed,
    decimal? PassRatePercent, int AgentsCompleted);

/// <summary>One team's figures on one course.</summary>
public sealed record TeamCourseReportResponse(
    string Team, Guid CourseId, string Title, CourseCategory Category, int AgentsInTeam, int AgentsAttempted, int AttemptsDecided,
    int AttemptsPassed, decimal? PassRatePercent, int AgentsCompleted, decimal? CompletionRatePercent);

/// <summary>Time from hire to first certification in one course, for one team or (Team null) for every new hire together.</summary>
public sealed record TimeToCertificationResponse(
    Guid CourseId, string Title, string? Team, DateOnly HiredFrom, DateOnly HiredTo, int NewHires, int Certified, int StillUncertified,
    decimal? MedianDays, decimal? P90Days);

public static class ReportEndpoints
{
    /// <summary>Without hiredFrom, new hires are those of the year up to hiredTo.</summary>
    public const int DefaultNewHireWindowDays = 365;

    public static RouteGroupBuilder MapReportEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/reports/courses", CoursesAsync)
            .WithTags("Reports")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Completion and pass rates per course")
            .WithDescription("Every course of the tenant, ordered by title: agents who attempted its quiz, decided and passed attempts, the pass rate of decided attempts, and agents who completed it.");
        group.MapGet("/reports/teams", TeamsAsync)
            .WithTags("Reports")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Completion and pass rates per team and course")
            .WithDescription("One line per team (as Scheduling has it) and course, ordered by team then title: the team's size, its agents who attempted the quiz, decided and passed attempts and the pass rate, agents who completed the course and the completion rate against the whole team. `team` narrows it to one team, `courseId` to one course. 503 when Scheduling, which owns teams, cannot answer.");
        group.MapGet("/reports/time-to-certification", TimeToCertificationAsync)
            .WithTags("Reports")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Time to certification for new hires")
            .WithDescription($"Agents hired between `hiredFrom` and `hiredTo` (yyyy-MM-dd; default the {DefaultNewHireWindowDays} days up to today), per certifying course: how many, how many are certified, how many still are not, and the median and 90th percentile of days from hire date to first certification. One line per course for all new hires (team null), then one per course and team. `team` narrows it to one team, `courseId` to one course. Hire dates and teams come from Scheduling (503 when it cannot answer).");
        return group;
    }

    private static async Task<Results<Ok<List<TeamCourseReportResponse>>, ValidationProblem, ProblemHttpResult>> TeamsAsync(
        TrainingDbContext db, IAgentDirectory agents, CancellationToken cancellationToken, string? team = null, Guid? courseId = null)
    {
        if (team is not null && string.IsNullOrWhiteSpace(team))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["team"] = ["team, when given, is a team's name."] },
                title: "The report's query is not valid.");
        }

        var courses = await LoadCoursesAsync(db, courseId, cancellationToken);
        if (courseId is { } wanted && courses.Count == 0)
        {
            return Problems.NotFound("Course", wanted);
        }

        var teams = (await agents.ListAsync(team?.Trim(), cancellationToken))
            .GroupBy(agent => agent.Team)
            .OrderBy(members => members.Key, StringComparer.Ordinal)
            .Select(members => (Team: members.Key, Members: (IReadOnlySet<Guid>)members.Select(agent => agent.Id).ToHashSet()))
            .ToList();
        var courseIds = courses.Select(course => course.Id).ToList();
        var attempts = (await db.QuizAttempts.AsNoTracking()
                .Where(attempt => courseIds.Contains(attempt.CourseId))
                .Select(attempt => new { attempt.CourseId, attempt.AgentId, attempt.Status })
                .ToListAsync(cancellationToken))
            .ToLookup(attempt => attempt.CourseId, attempt => (attempt.AgentId, attempt.Status));
        var completions = (await db.CourseCompletions.AsNoTracking()
                .Where(completion => courseIds.Contains(completion.CourseId))
                .Select(completion => new { completion.CourseId, completion.AgentId })
                .ToListAsync(cancellationToken))
            .ToLookup(completion => completion.CourseId, completion => completion.AgentId);

        return TypedResults.Ok((
            from members in teams
            from course in courses
            let report = TeamCourseReport.Of(members.Team, course.Id, members.Members, attempts[course.Id], completions[course.Id])
            select new TeamCourseReportResponse(members.Team, course.Id, course.Title, course.Category, report.AgentsInTeam, report.AgentsAttempted,
                report.AttemptsDecided, report.AttemptsPassed, report.PassRatePercent, report.AgentsCompleted, report.CompletionRatePercent)).ToList());
    }

    private static async Task<Results<Ok<List<TimeToCertificationResponse>>, ValidationProblem, ProblemHttpResult>> TimeToCertificationAsync(
        TrainingDbContext db, IAgentDirectory agents, TimeProvider clock, CancellationToken cancellationToken,
        string? hiredFrom = null, string? hiredTo = null, string? team = null, Guid? courseId = null)
    {
        var errors = new Dictionary<string, string[]>();
        var to = ParseDate(hiredTo, "hiredTo", errors) ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var from = ParseDate(hiredFrom, "hiredFrom", errors) ?? to.AddDays(-DefaultNewHireWindowDays);
        if (errors.Count == 0 && from > to)
        {
            errors["hiredFrom"] = [$"hiredFrom ({from:yyyy-MM-dd}) is after hiredTo ({to:yyyy-MM-dd})."];
        }

        if (team is not null && string.IsNullOrWhiteSpace(team))
        {
            errors["team"] = ["team, when given, is a team's name."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The report's query is not valid.");
        }

        var courses = await LoadCoursesAsync(db, courseId, cancellationToken);
        if (courseId is { } wanted && courses.Count == 0)
        {
            return Problems.NotFound("Course", wanted);
        }

        var certifyingIds = (await db.Certifications.AsNoTracking().Select(certification => certification.CourseId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var certifying = courses.Where(course => course.Assessment?.CertificationValidityDays is not null || certifyingIds.Contains(course.Id)).ToList();
        var hires = (await agents.ListAsync(team?.Trim(), cancellationToken))
            .Where(agent => agent.HiredOn is { } hiredOn && hiredOn >= from && hiredOn <= to)
            .ToList();
        var hireIds = hires.Select(agent => agent.Id).ToList();
        var courseIds = certifying.Select(course => course.Id).ToList();
        var firstGrants = (await db.Certifications.AsNoTracking()
                .Where(certification => hireIds.Contains(certification.AgentId) && courseIds.Contains(certification.CourseId))
                .Select(certification => new { certification.CourseId, certification.AgentId, certification.GrantedAt })
                .ToListAsync(cancellationToken))
            .GroupBy(grant => grant.CourseId)
            .ToDictionary(
                grants => grants.Key,
                grants => (IReadOnlyDictionary<Guid, DateTimeOffset>)grants.GroupBy(grant => grant.AgentId)
                    .ToDictionary(byAgent => byAgent.Key, byAgent => byAgent.Min(grant => grant.GrantedAt)));
        var teams = hires.GroupBy(agent => agent.Team).OrderBy(members => members.Key, StringComparer.Ordinal).ToList();

        var rows = new List<TimeToCertificationResponse>();
        foreach (var course in certifying)
        {
            var grants = firstGrants.GetValueOrDefault(course.Id) ?? new Dictionary<Guid, DateTimeOffset>();
            rows.Add(Row(course, null, hires, grants));
            rows.AddRange(teams.Select(members => Row(course, members.Key, members, grants)));
        }

        return TypedResults.Ok(rows);

        TimeToCertificationResponse Row(Course course, string? teamName, IEnumerable<DirectoryAgent> newHires, IReadOnlyDictionary<Guid, DateTimeOffset> grants)
        {
            var times = TimeToCertification.Of(newHires.Select(agent => (agent.Id, agent.HiredOn!.Value)), grants);
            return new TimeToCertificationResponse(course.Id, course.Title, teamName, from, to, times.NewHires, times.Certified,
                times.StillUncertified, times.MedianDays, times.P90Days);
        }
    }

    private static Task<List<Course>> LoadCoursesAsync(TrainingDbContext db, Guid? courseId, CancellationToken cancellationToken) =>
        db.Courses.AsNoTracking()
            .Where(course => courseId == null || course.Id == courseId)
            .OrderBy(course => course.Title).ThenBy(course => course.Id)
            .ToListAsync(cancellationToken);

    private static DateOnly? ParseDate(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[field] = [$"{field} must be a date written yyyy-MM-dd, e.g. 2026-11-02."];
        return null;
    }

    private static async Task<Ok<List<CourseReportResponse>>> CoursesAsync(TrainingDbContext db, CancellationToken cancellationToken)
    {
        var courses = await db.Courses.AsNoTracking().OrderBy(course => course.Title).ThenBy(course => course.Id).ToListAsync(cancellationToken);
        var attempts = (await db.QuizAttempts.AsNoTracking()
                .Select(attempt => new { attempt.CourseId, attempt.AgentId, attempt.Status })
                .ToListAsync(cancellationToken))
            .ToLookup(attempt => attempt.CourseId, attempt => (attempt.AgentId, attempt.Status));
        var completions = (await db.CourseCompletions.AsNoTracking()
                .Select(completion => new { completion.CourseId, completion.AgentId })
                .ToListAsync(cancellationToken))
            .ToLookup(completion => completion.CourseId, completion => completion.AgentId);

        return TypedResults.Ok(courses.Select(course =>
        {
            var report = CourseReport.Of(course.Id, attempts[course.Id], completions[course.Id]);
            return new CourseReportResponse(course.Id, course.Title, course.Category, report.AgentsAttempted, report.AttemptsDecided,
                report.AttemptsPassed, report.PassRatePercent, report.AgentsCompleted);
        }).ToList());
    }
}
