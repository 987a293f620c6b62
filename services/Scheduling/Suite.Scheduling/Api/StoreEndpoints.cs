using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Scheduling.Data;
using Suite.Scheduling.Domain.Stores;
using Suite.ServiceDefaults.Auth;

namespace Suite.Scheduling.Api;

public static class StoreEndpoints
{
    public static RouteGroupBuilder MapStoreEndpoints(this RouteGroupBuilder group)
    {
        var stores = group.MapGroup("/stores").WithTags("Stores and queues");
        stores.MapPost("/", OpenAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Open a store")
            .WithDescription("A store on any platform (data, not code), with its IANA time zone, channel and weekly opening hours in local time.");
        stores.MapGet("/", ListAsync).WithSummary("List stores").WithDescription("Optionally of one platform; with their queues.");
        stores.MapGet("/{id:guid}", GetAsync).WithSummary("One store with its queues");
        stores.MapPost("/{id:guid}/queues", CreateQueueAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Add a queue to a store")
            .WithDescription("A line of work in the store; only agents with every required skill may serve it.");
        stores.MapGet("/{id:guid}/queues/{queueId:guid}", GetQueueAsync).WithSummary("One queue of a store");
        return group;
    }

    private static async Task<Results<Ok<QueueResponse>, ProblemHttpResult>> GetQueueAsync(
        Guid id, Guid queueId, SchedulingDbContext db, CancellationToken cancellationToken)
    {
        var queue = await db.Queues.AsNoTracking().FirstOrDefaultAsync(queue => queue.Id == queueId && queue.StoreId == id, cancellationToken);
        return queue is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Queue not found.", detail: $"Store {id} has no queue {queueId}.")
            : TypedResults.Ok(QueueResponse.From(queue));
    }

    private static async Task<Results<Created<StoreResponse>, ValidationProblem, ProblemHttpResult>> OpenAsync(
        OpenStoreRequest request, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var openingHours = AvailabilityParser.Parse(request.OpeningHours ?? [], errors, "openingHours");
        var details = new NewStore(request.Name ?? "", request.Platform ?? "", request.TimeZone ?? "", request.Channel, openingHours ?? []);
        foreach (var (field, messages) in StoreRules.Validate(details))
        {
            errors[field] = messages;
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The store is not valid.");
        }

        var store = Store.Open(details, clock.GetUtcNow());
        if (await db.Stores.AnyAsync(existing => existing.Platform == store.Platform && existing.Name == store.Name, cancellationToken))
        {
            return StoreTaken(store);
        }

        db.Stores.Add(store);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException)
        {
            return StoreTaken(store);
        }

        return TypedResults.Created($"/api/scheduling/stores/{store.Id}", StoreResponse.From(store, []));
    }

    private static async Task<Ok<List<StoreResponse>>> ListAsync(SchedulingDbContext db, CancellationToken cancellationToken, string? platform = null)
    {
        var query = db.Stores.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(platform))
        {
            var wanted = StoreRules.NormalisePlatform(platform);
            query = query.Where(store => store.Platform == wanted);
        }

        var stores = await query.OrderBy(store => store.Platform).ThenBy(store => store.Name).ToListAsync(cancellationToken);
        var storeIds = stores.Select(store => store.Id).ToList();
        var queues = (await db.Queues.AsNoTracking().Where(queue => storeIds.Contains(queue.StoreId)).ToListAsync(cancellationToken))
            .ToLookup(queue => queue.StoreId);
        return TypedResults.Ok(stores.Select(store => StoreResponse.From(store, queues[store.Id])).ToList());
    }

    private static async Task<Results<Ok<StoreResponse>, ProblemHttpResult>> GetAsync(Guid id, SchedulingDbContext db, CancellationToken cancellationToken)
    {
        var store = await db.Stores.AsNoTracking().FirstOrDefaultAsync(store => store.Id == id, cancellationToken);
        if (store is null)
        {
            return StoreNotFound(id);
        }

        var queues = await db.Queues.AsNoTracking().Where(queue => queue.StoreId == id).ToListAsync(cancellationToken);
        return TypedResults.Ok(StoreResponse.From(store, queues));
    }

    private static async Task<Results<Created<QueueResponse>, ValidationProblem, ProblemHttpResult>> CreateQueueAsync(
        Guid id, CreateQueueRequest request, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = StoreRules.ValidateQueue(request.Name, request.RequiredSkills);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The queue is not valid.");
        }

        if (!await db.Stores.AnyAsync(store => store.Id == id, cancellationToken))
        {
            return StoreNotFound(id);
        }

        var queue = Queue.Create(id, request.Name, request.RequiredSkills ?? [], clock.GetUtcNow());
        if (await db.Queues.AnyAsync(existing => existing.StoreId == id && existing.Name == queue.Name, cancellationToken))
        {
            return QueueTaken(queue.Name);
        }

        db.Queues.Add(queue);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException)
        {
            return QueueTaken(queue.Name);
        }

        return TypedResults.Created($"/api/scheduling/stores/{id}/queues/{queue.Id}", QueueResponse.From(queue));
    }

    private static ProblemHttpResult StoreNotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Store not found.", detail: $"No store has id {id}.");

    private static ProblemHttpResult StoreTaken(Store store) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict, title: "Store already exists.",
            detail: $"There is already a store '{store.Name}' on {store.Platform}.");

    private static ProblemHttpResult QueueTaken(string name) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict, title: "Queue already exists.", detail: $"The store already has a queue '{name}'.");
}
