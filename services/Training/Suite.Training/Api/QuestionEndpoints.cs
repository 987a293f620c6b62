using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.ServiceDefaults.Auth;
using Suite.Training.Data;
using Suite.Training.Domain;

namespace Suite.Training.Api;

public static class QuestionEndpoints
{
    public static RouteGroupBuilder MapQuestionEndpoints(this RouteGroupBuilder group)
    {
        // The bank holds the answers, so even reading it is for management only.
        var questions = group.MapGroup("/courses/{courseId:guid}/questions")
            .WithTags("Question bank")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management));

        questions.MapPost("/", AddAsync)
            .WithSummary("Add a question to the course's bank")
            .WithDescription("Single choice, multiple choice, true/false, or short answer graded by a person. Questions are never edited: attempts that drew one keep grading against it.");
        questions.MapGet("/", ListAsync).WithSummary("The course's question bank, with answers");
        return group;
    }

    private static async Task<Results<Created<BankQuestionResponse>, ValidationProblem, ProblemHttpResult>> AddAsync(
        Guid courseId, CreateQuestionRequest request, TrainingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.Courses.AnyAsync(course => course.Id == courseId, cancellationToken))
        {
            return Problems.NotFound("Course", courseId);
        }

        var details = request.ToNewQuestion();
        var errors = QuestionRules.Validate(details);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The question is not valid.");
        }

        var question = Question.Create(courseId, details, clock.GetUtcNow());
        db.Questions.Add(question);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/training/courses/{courseId}/questions/{question.Id}", BankQuestionResponse.From(question));
    }

    private static async Task<Results<Ok<List<BankQuestionResponse>>, ProblemHttpResult>> ListAsync(
        Guid courseId, TrainingDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Courses.AnyAsync(course => course.Id == courseId, cancellationToken))
        {
            return Problems.NotFound("Course", courseId);
        }

        var questions = await db.Questions.AsNoTracking()
            .Where(question => question.CourseId == courseId)
            .OrderBy(question => question.CreatedAt).ThenBy(question => question.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(questions.Select(BankQuestionResponse.From).ToList());
    }
}
