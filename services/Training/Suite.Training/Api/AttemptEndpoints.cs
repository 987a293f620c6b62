using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Tenancy;
using Suite.Training.Data;
using Suite.Training.Domain;

namespace Suite.Training.Api;

public static class AttemptEndpoints
{
    public static RouteGroupBuilder MapAttemptEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/courses/{courseId:guid}/attempts", StartAsync)
            .WithTags("Quizzes")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Agent))
            .WithSummary("Start an attempt at the course's quiz")
            .WithDescription("Only the agent itself starts its attempt (role agent and the agent id of its token; 403 otherwise). Draws the course's number of questions at random from its bank and starts the clock. The questions come without their answers. 409 when the quiz cannot run, another attempt is open, or every attempt allowed since the agent's last pass is used.");
        group.MapGet("/attempts/{id:guid}", GetAsync)
            .WithTags("Quizzes")
            .WithSummary("One attempt, its questions and its outcome (never the answers)")
            .WithDescription("For the agent who took it and for management (403 for anyone else). The taker's own answers are echoed; correct answers and per-question verdicts are never shown, before or after grading.");
        group.MapPost("/attempts/{id:guid}/submission", SubmitAsync)
            .WithTags("Quizzes")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Agent))
            .WithSummary("Submit the attempt's answers")
            .WithDescription("Only the agent who started the attempt submits it (role agent and its agent id; 403 otherwise). Choice and true/false answers are graded at once; short answers wait for a person. A submission after the deadline is refused with a 409 naming the deadline; answers of the wrong shape are a 400 naming each answer and its question.");
        group.MapPost("/attempts/{id:guid}/grades", GradeAsync)
            .WithTags("Quizzes")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Grade the attempt's short answers")
            .WithDescription("Every waiting short answer at once; the attempt then passes or fails.");
        group.MapGet("/agents/{agentId}/attempts", HistoryAsync)
            .WithTags("Quizzes")
            .WithSummary("An agent's attempt history, newest first")
            .WithDescription("For the agent itself and management (403 otherwise). `courseId` narrows it to one course. Scores and outcomes only, never answers.");
        return group;
    }

    private static async Task<Results<Created<AttemptResponse>, ProblemHttpResult>> StartAsync(
        Guid courseId, StartAttemptRequest request, ClaimsPrincipal caller, TrainingDbContext db, IQuizSeeds seeds, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var agentId = request.AgentId == Guid.Empty ? caller.AgentId() ?? Guid.Empty : request.AgentId;
        if (Access.ToActAs(caller, agentId) is { } forbidden)
        {
            return forbidden;
        }

        var course = await db.Courses.AsNoTracking().FirstOrDefaultAsync(course => course.Id == courseId, cancellationToken);
        if (course is null)
        {
            return Problems.NotFound("Course", courseId);
        }

        var now = clock.GetUtcNow();
        var bank = await db.Questions.AsNoTracking().Where(question => question.CourseId == courseId).ToDictionaryAsync(question => question.Id, cancellationToken);
        var previous = await db.QuizAttempts.AsNoTracking()
            .Where(attempt => attempt.AgentId == agentId && attempt.CourseId == courseId)
            .ToListAsync(cancellationToken);
        if (AttemptRules.WhyNotStart(course, bank.Count, previous, now) is { } reason)
        {
            return Problems.Conflict("The attempt cannot start.", reason);
        }

        var settings = course.Assessment!;
        var seed = seeds.Next();
        var drawn = QuizDraw.Draw(bank.Keys, settings.QuestionsPerAttempt, seed);
        var attempt = QuizAttempt.Start(course, settings, agentId, previous.Count + 1, drawn, seed, now);
        db.QuizAttempts.Add(attempt);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (AnotherAttemptStarted(db, attempt))
        {
            return Problems.Conflict("The attempt cannot start.", "Another attempt by this agent at this quiz started meanwhile.");
        }

        return TypedResults.Created($"/api/training/attempts/{attempt.Id}", AttemptResponse.From(attempt, bank, now));
    }

    private static async Task<Results<Ok<AttemptResponse>, ProblemHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal caller, TrainingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var attempt = await db.QuizAttempts.AsNoTracking().FirstOrDefaultAsync(attempt => attempt.Id == id, cancellationToken);
        if (attempt is null)
        {
            return Problems.NotFound("Attempt", id);
        }

        return Access.ToReadRecordsOf(caller, attempt.AgentId) is { } forbidden
            ? forbidden
            : TypedResults.Ok(AttemptResponse.From(attempt, await QuestionsOfAsync(db, attempt, cancellationToken), clock.GetUtcNow()));
    }

    private static async Task<Results<Ok<AttemptResponse>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        Guid id, SubmitAttemptRequest request, ClaimsPrincipal caller, TrainingDbContext db, ITenantContext tenant, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var attempt = await db.QuizAttempts.FirstOrDefaultAsync(attempt => attempt.Id == id, cancellationToken);
        if (attempt is null)
        {
            return Problems.NotFound("Attempt", id);
        }

        if (Access.ToActAs(caller, attempt.AgentId) is { } forbidden)
        {
            return forbidden;
        }

        var now = clock.GetUtcNow();
        switch (attempt.StatusAt(now))
        {
            case AttemptStatus.Expired:
                return Problems.Conflict("The attempt's time limit has passed.",
                    $"The deadline was {attempt.Deadline:O}; it is now {now:O}. Submissions after the deadline are refused.",
                    new Dictionary<string, object?> { ["deadline"] = attempt.Deadline });
            case not AttemptStatus.InProgress:
                return Problems.Conflict("The attempt was already submitted.", $"Attempt {id} was submitted at {attempt.SubmittedAt:O}.");
        }

        var questions = await QuestionsOfAsync(db, attempt, cancellationToken);
        var answers = request.ToAnswers();
        var errors = AnswerRules.Validate(answers, questions);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The answers do not fit the attempt's questions.");
        }

        var drawn = attempt.QuestionIds.Select(questionId => questions[questionId]).ToList();
        attempt.Submit(QuizGrading.Grade(drawn, answers!.Select(answer => answer!).ToList()), now);
        if (attempt.Status == AttemptStatus.Passed)
        {
            await db.RecordPassAsync(attempt, tenant.TenantId, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AttemptResponse.From(attempt, questions, now));
    }

    private static async Task<Results<Ok<AttemptResponse>, ValidationProblem, ProblemHttpResult>> GradeAsync(
        Guid id, GradeAttemptRequest request, TrainingDbContext db, ITenantContext tenant, TimeProvider clock, CancellationToken cancellationToken)
    {
        var attempt = await db.QuizAttempts.FirstOrDefaultAsync(attempt => attempt.Id == id, cancellationToken);
        if (attempt is null)
        {
            return Problems.NotFound("Attempt", id);
        }

        var now = clock.GetUtcNow();
        if (attempt.Status != AttemptStatus.AwaitingGrading)
        {
            return Problems.Conflict("The attempt is not waiting for grades.", $"Attempt {id} is {attempt.StatusAt(now)}.");
        }

        var grades = request.Grades?.Select(grade => grade is null ? null : new ShortAnswerGrade(grade.QuestionId, grade.Correct)).ToList();
        var errors = AttemptRules.ValidateGrades(grades, attempt.UngradedQuestionIds().ToHashSet());
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The grades do not fit the attempt.");
        }

        attempt.GradeShortAnswers(grades!.ToDictionary(grade => grade!.QuestionId, grade => grade!.Correct!.Value), now);
        if (attempt.Status == AttemptStatus.Passed)
        {
            await db.RecordPassAsync(attempt, tenant.TenantId, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AttemptResponse.From(attempt, await QuestionsOfAsync(db, attempt, cancellationToken), now));
    }

    private static async Task<Results<Ok<List<AttemptSummary>>, ProblemHttpResult>> HistoryAsync(
        Guid agentId, ClaimsPrincipal caller, TrainingDbContext db, TimeProvider clock, CancellationToken cancellationToken, Guid? courseId = null)
    {
        if (Access.ToReadRecordsOf(caller, agentId) is { } forbidden)
        {
            return forbidden;
        }

        var now = clock.GetUtcNow();
        var rows = await (from attempt in db.QuizAttempts.AsNoTracking()
                          join course in db.Courses.AsNoTracking() on attempt.CourseId equals course.Id
                          where attempt.AgentId == agentId && (courseId == null || attempt.CourseId == courseId)
                          orderby attempt.StartedAt descending, attempt.Id descending
                          select new { attempt, course.Title })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(row => new AttemptSummary(
            row.attempt.Id, row.attempt.CourseId, row.Title, row.attempt.CourseVersion, row.attempt.Number, row.attempt.StatusAt(now),
            row.attempt.StartedAt, row.attempt.Deadline, row.attempt.SubmittedAt, row.attempt.ScorePercent)).ToList());
    }

    private static Task<Dictionary<Guid, Question>> QuestionsOfAsync(TrainingDbContext db, QuizAttempt attempt, CancellationToken cancellationToken)
    {
        var ids = attempt.QuestionIds;
        return db.Questions.AsNoTracking().Where(question => ids.Contains(question.Id)).ToDictionaryAsync(question => question.Id, cancellationToken);
    }

    /// <summary>The unique attempt number was taken: the same agent started another attempt at the same moment.</summary>
    private static bool AnotherAttemptStarted(TrainingDbContext db, QuizAttempt attempt)
    {
        db.ChangeTracker.Clear();
        return db.QuizAttempts.Any(other => other.AgentId == attempt.AgentId && other.CourseId == attempt.CourseId && other.Number == attempt.Number);
    }
}
