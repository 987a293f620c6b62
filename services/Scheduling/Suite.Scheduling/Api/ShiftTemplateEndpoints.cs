using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Scheduling.Data;
using Suite.Scheduling.Domain.Rostering;
using Suite.ServiceDefaults.Auth;

namespace Suite.Scheduling.Api;

public static class ShiftTemplateEndpoints
{
    public static RouteGroupBuilder MapShiftTemplateEndpoints(this RouteGroupBuilder group)
    {
        var templates = group.MapGroup("/shift-templates").WithTags("Rosters");
        templates.MapPost("/", CreateAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithName("CreateShiftTemplate")
            .WithSummary("Create a shift template")
            .WithDescription(
                "A shift pattern in the centre's local time: start (HH:mm on a quarter hour), length in minutes (60 to 960), the days "
                + "of the week it is offered, and breaks as minutes after the start, paid or unpaid. Rosters expand it in their time zone.");
        templates.MapGet("/", ListAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithName("ListShiftTemplates")
            .WithSummary("List shift templates")
            .WithDescription("Every shift template of the tenant, by start time then name.");
        templates.MapGet("/{id:guid}", GetAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithName("GetShiftTemplate")
            .WithSummary("One shift template")
            .WithDescription("404 when the tenant has no such template.");
        return group;
    }

    private static async Task<Results<Created<ShiftTemplateResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateShiftTemplateRequest request, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var startOk = TimeOnly.TryParseExact(request.Start?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start);
        if (!startOk)
        {
            errors["start"] = ["start must be a local time of day as HH:mm."];
        }

        if (request.LengthMinutes is null)
        {
            errors["lengthMinutes"] = ["lengthMinutes is required."];
        }

        var breaks = request.Breaks ?? [];
        for (var i = 0; i < breaks.Count; i++)
        {
            if (breaks[i] is null)
            {
                errors[$"breaks[{i}]"] = ["A break is required."];
            }
        }

        var details = new NewShiftTemplate(
            request.Name ?? "", start, request.LengthMinutes ?? ShiftTemplateRules.MinLengthMinutes, request.Days ?? [],
            errors.Keys.Any(key => key.StartsWith("breaks[", StringComparison.Ordinal))
                ? []
                : breaks.Select(pause => new ShiftBreak(pause.OffsetMinutes, pause.LengthMinutes, pause.Paid)).ToList());
        foreach (var (field, messages) in ShiftTemplateRules.Validate(details))
        {
            errors.TryAdd(field, messages);
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The shift template is not valid.");
        }

        var template = ShiftTemplate.Create(details, clock.GetUtcNow());
        if (await db.ShiftTemplates.AnyAsync(existing => existing.Name == template.Name, cancellationToken))
        {
            return NameTaken(template.Name);
        }

        db.ShiftTemplates.Add(template);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException)
        {
            return NameTaken(template.Name);
        }

        return TypedResults.Created($"/api/scheduling/shift-templates/{template.Id}", ShiftTemplateResponse.From(template));
    }

    private static async Task<Ok<List<ShiftTemplateResponse>>> ListAsync(SchedulingDbContext db, CancellationToken cancellationToken)
    {
        var templates = await db.ShiftTemplates.AsNoTracking().ToListAsync(cancellationToken);
        return TypedResults.Ok(templates.OrderBy(template => template.Start).ThenBy(template => template.Name, StringComparer.Ordinal)
            .Select(ShiftTemplateResponse.From).ToList());
    }

    private static async Task<Results<Ok<ShiftTemplateResponse>, ProblemHttpResult>> GetAsync(Guid id, SchedulingDbContext db, CancellationToken cancellationToken)
    {
        var template = await db.ShiftTemplates.AsNoTracking().FirstOrDefaultAsync(template => template.Id == id, cancellationToken);
        return template is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Shift template not found.", detail: $"No shift template has id {id}.")
            : TypedResults.Ok(ShiftTemplateResponse.From(template));
    }

    private static ProblemHttpResult NameTaken(string name) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Shift template already exists.", detail: $"There is already a shift template '{name}'.");
}
