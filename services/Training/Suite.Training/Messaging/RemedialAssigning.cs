using Microsoft.EntityFrameworkCore;
using Suite.Training.Data;
using Suite.Training.Domain;

namespace Suite.Training.Messaging;

/// <summary>
/// Stages an assignment for each match the agent does not have yet. The inbox stops a redelivered
/// event; this check stops a second event about the same cause; the unique cause index settles a race.
/// </summary>
internal static class RemedialAssigning
{
    public static async Task AssignAsync(TrainingDbContext db, Guid agentId, IReadOnlyList<RemedialMatch> matches, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (matches.Count == 0)
        {
            return;
        }

        var causes = matches.Select(match => match.Cause).ToList();
        var existing = await db.RemedialAssignments
            .Where(assignment => causes.Contains(assignment.Cause))
            .Select(assignment => new { assignment.Cause, assignment.CourseId })
            .ToListAsync(cancellationToken);
        foreach (var match in matches.Where(match => !existing.Any(e => e.Cause == match.Cause && e.CourseId == match.CourseId)))
        {
            db.RemedialAssignments.Add(RemedialAssignment.For(agentId, match, now));
        }
    }
}
