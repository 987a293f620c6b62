using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Complaints.Data;
using Suite.Complaints.Domain.Sla;
using Suite.ServiceDefaults.Auth;

namespace Suite.Complaints.Api;

/// <summary>SLA policies and the stores' business-hours calendars the clocks are measured on.</summary>
public static class SlaEndpoints
{
    public static RouteGroupBuilder MapSlaEndpoints(this RouteGroupBuilder group)
    {
        var policies = group.MapGroup("/sla-policies").WithTags("SLA policies");
        policies.MapGet("/", ListPoliciesAsync).WithName("ListSlaPolicies")
            .WithSummary("SLA policies, in the order they are tried")
            .WithDescription("The first policy (lowest rank) whose store, channel, severity and category conditions all hold applies to a complaint; an empty condition matches anything.");
        policies.MapPost("/", CreatePolicyAsync).WithName("CreateSlaPolicy")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Add an SLA policy")
            .WithDescription("Targets are minutes of the store's open time. A rank already used is a 409.");
        policies.MapPut("/{id:guid}", UpdatePolicyAsync).WithName("UpdateSlaPolicy")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Change an SLA policy")
            .WithDescription("Complaints' clocks are read under the policies as they are now, so the change applies to open complaints at once.");
        policies.MapDelete("/{id:guid}", DeletePolicyAsync).WithName("DeleteSlaPolicy")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Remove an SLA policy")
            .WithDescription("Complaints it governed fall to the next policy that matches them, or have no SLA.");

        var calendars = group.MapGroup("/store-calendars").WithTags("SLA policies");
        calendars.MapGet("/", ListCalendarsAsync).WithName("ListStoreCalendars")
            .WithSummary("Stores' business-hours calendars")
            .WithDescription("Every store that has a calendar; the others are measured around the clock.");
        calendars.MapGet("/{storeCode}", GetCalendarAsync).WithName("GetStoreCalendar")
            .WithSummary("One store's calendar")
            .WithDescription("Its IANA time zone, weekly openings in local time and holidays; 404 when the store has none.");
        calendars.MapPut("/{storeCode}", PutCalendarAsync).WithName("SetStoreCalendar")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Set a store's calendar")
            .WithDescription(
                "An IANA time zone, weekly openings in local time (\"09:00\" to \"18:00\", several a day allowed) and holidays. " +
                "A store without a calendar is measured around the clock.");
        calendars.MapDelete("/{storeCode}", DeleteCalendarAsync).WithName("DeleteStoreCalendar")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Remove a store's calendar")
            .WithDescription("The store's complaints are measured around the clock from then on.");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<SlaPolicyResponse>>> ListPoliciesAsync(ComplaintsDbContext db, CancellationToken cancellationToken)
    {
        var policies = await db.SlaPolicies.AsNoTracking().OrderBy(policy => policy.Rank).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<SlaPolicyResponse>>(policies.Select(SlaPolicyResponse.From).ToList());
    }

    private static async Task<Results<Created<SlaPolicyResponse>, ValidationProblem, ProblemHttpResult>> CreatePolicyAsync(
        SlaPolicyRequest request, ComplaintsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var details = request.ToDetails();
        var errors = SlaRules.ValidatePolicy(details);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The SLA policy is not valid.");
        }

        if (await RankTakenAsync(db, details.Rank, null, cancellationToken))
        {
            return RankConflict(details.Rank);
        }

        var policy = SlaPolicy.Create(details, clock.GetUtcNow());
        db.SlaPolicies.Add(policy);
        if (!await SaveUnlessRankTakenAsync(db, details.Rank, policy.Id, cancellationToken))
        {
            return RankConflict(details.Rank);
        }

        return TypedResults.Created($"/api/complaints/sla-policies/{policy.Id}", SlaPolicyResponse.From(policy));
    }

    private static async Task<Results<Ok<SlaPolicyResponse>, ValidationProblem, ProblemHttpResult>> UpdatePolicyAsync(
        Guid id, SlaPolicyRequest request, ComplaintsDbContext db, CancellationToken cancellationToken)
    {
        var details = request.ToDetails();
        var errors = SlaRules.ValidatePolicy(details);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The SLA policy is not valid.");
        }

        var policy = await db.SlaPolicies.FirstOrDefaultAsync(policy => policy.Id == id, cancellationToken);
        if (policy is null)
        {
            return PolicyNotFound(id);
        }

        if (await RankTakenAsync(db, details.Rank, id, cancellationToken))
        {
            return RankConflict(details.Rank);
        }

        policy.Apply(details);
        if (!await SaveUnlessRankTakenAsync(db, details.Rank, id, cancellationToken))
        {
            return RankConflict(details.Rank);
        }

        return TypedResults.Ok(SlaPolicyResponse.From(policy));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeletePolicyAsync(Guid id, ComplaintsDbContext db, CancellationToken cancellationToken)
    {
        var policy = await db.SlaPolicies.FirstOrDefaultAsync(policy => policy.Id == id, cancellationToken);
        if (policy is null)
        {
            return PolicyNotFound(id);
        }

        db.SlaPolicies.Remove(policy);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<StoreCalendarResponse>>> ListCalendarsAsync(ComplaintsDbContext db, CancellationToken cancellationToken)
    {
        var calendars = await db.StoreCalendars.AsNoTracking().OrderBy(calendar => calendar.StoreCode).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<StoreCalendarResponse>>(calendars.Select(StoreCalendarResponse.From).ToList());
    }

    private static async Task<Results<Ok<StoreCalendarResponse>, ProblemHttpResult>> GetCalendarAsync(
        string storeCode, ComplaintsDbContext db, CancellationToken cancellationToken)
    {
        var calendar = await db.StoreCalendars.AsNoTracking().FirstOrDefaultAsync(calendar => calendar.StoreCode == storeCode, cancellationToken);
        return calendar is null ? CalendarNotFound(storeCode) : TypedResults.Ok(StoreCalendarResponse.From(calendar));
    }

    private static async Task<Results<Created<StoreCalendarResponse>, Ok<StoreCalendarResponse>, ValidationProblem>> PutCalendarAsync(
        string storeCode, StoreCalendarRequest request, ComplaintsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (details, readable) = request.ToDetails();
        var errors = SlaRules.ValidateCalendar(storeCode, details);
        if (!readable)
        {
            errors["weeklyHours"] = ["Every opening names a day (\"monday\") and times as \"HH:mm\", closing at \"24:00\" at the latest."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The store calendar is not valid.");
        }

        var code = storeCode.Trim();
        var calendar = await db.StoreCalendars.FirstOrDefaultAsync(calendar => calendar.StoreCode == code, cancellationToken);
        if (calendar is not null)
        {
            calendar.Apply(details);
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Ok(StoreCalendarResponse.From(calendar));
        }

        calendar = StoreCalendar.Create(code, details, clock.GetUtcNow());
        db.StoreCalendars.Add(calendar);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/complaints/store-calendars/{Uri.EscapeDataString(code)}", StoreCalendarResponse.From(calendar));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteCalendarAsync(
        string storeCode, ComplaintsDbContext db, CancellationToken cancellationToken)
    {
        var calendar = await db.StoreCalendars.FirstOrDefaultAsync(calendar => calendar.StoreCode == storeCode, cancellationToken);
        if (calendar is null)
        {
            return CalendarNotFound(storeCode);
        }

        db.StoreCalendars.Remove(calendar);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static Task<bool> RankTakenAsync(ComplaintsDbContext db, int rank, Guid? except, CancellationToken cancellationToken) =>
        db.SlaPolicies.AnyAsync(policy => policy.Rank == rank && policy.Id != except, cancellationToken);

    /// <summary>
    /// Another writer may take the rank between the check and the save; the unique index refuses the
    /// second, and that refusal is the caller's 409, not a fault of ours.
    /// </summary>
    private static async Task<bool> SaveUnlessRankTakenAsync(ComplaintsDbContext db, int rank, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            if (await RankTakenAsync(db, rank, id, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    private static ProblemHttpResult RankConflict(int rank) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict, title: "That rank is taken.",
        detail: $"Another SLA policy has rank {rank}; policies are tried in rank order, so each needs its own.");

    private static ProblemHttpResult PolicyNotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "SLA policy not found.", detail: $"No SLA policy has id {id}.");

    private static ProblemHttpResult CalendarNotFound(string storeCode) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Store calendar not found.", detail: $"Store {storeCode} has no calendar.");
}
