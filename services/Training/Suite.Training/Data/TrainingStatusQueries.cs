using Microsoft.EntityFrameworkCore;
using Suite.Training.Api;

namespace Suite.Training.Data;

/// <summary>The queries behind both the REST and the gRPC view of an agent's training status.</summary>
public static class TrainingStatusQueries
{
    public static Task<List<CompletionResponse>> CompletionsOfAsync(this TrainingDbContext db, Guid agentId, CancellationToken cancellationToken) =>
        (from completion in db.CourseCompletions.AsNoTracking()
         join course in db.Courses.AsNoTracking() on completion.CourseId equals course.Id
         where completion.AgentId == agentId
         orderby completion.CompletedAt descending, completion.Id descending
         select new CompletionResponse(completion.Id, completion.AgentId, completion.CourseId, course.Title,
             completion.CourseVersion, completion.AttemptId, completion.ScorePercent, completion.CompletedAt))
        .ToListAsync(cancellationToken);
}
