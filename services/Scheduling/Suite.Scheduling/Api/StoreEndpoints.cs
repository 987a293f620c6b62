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
            .WithName("SchedulingOpenStore")
            .WithSummary("Open a store")
            .WithDescription(
                "A store on any platform (data, not code), with its code (unique in the tenant: 2 to 64 lowercase letters, digits or "
                + "hyphens, e.g. tmall-flagship; other services name the store by it), IANA time zone, channel and weekly opening hours "
                + "in local time. A code or a platform and name already in use is a 409.");
        stores.MapGet("/", ListAsync)
            .WithName("SchedulingListStores")
            .WithSummary("List stores")
            .WithDescription("Optionally of one platform; with their queues.");
        stores.MapGet("/{id:guid}", GetAsync)
            .WithName("SchedulingGetStore")
            .WithSummary("One store with its queues")
            .WithDescription("404 for an id the caller's tenant does not have.");
        stores.MapGet("/by-code/{code}", GetByCodeAsync)
            .WithName("SchedulingGetStoreByCode")
            .WithSummary("One store by its code")
            .WithDescription("The store with that code in the caller's tenant (case does not matter), with its queues; 404 when there is none.");
        stores.MapPost("/{id:guid}/queues", CreateQueueAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithName("SchedulingCreateQueue")
            .WithSummary("Add a queue to a store")
            .WithDescription("A line of work in the store; only agents with every required skill may serve it.");
        stores.MapGet("/{id:guid}/queues/{queueId:guid}", GetQueueAsync)
            .WithName("SchedulingGetQueue")
            .WithSummary("One queue of a store")
            .WithDescription("404 unless the store has that queue.");
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
        var details = new NewStore(request.Code ?? "", request.Name ?? "", request.Platform ?? "", request.TimeZone ?? "", request.Channel, openingHours ?? []);
        foreach (var (field, messages) in StoreRules.Validate(details))
        {
            errors[field] = messages;
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The store is not valid.");
        }

        var store = Store.Open(details, clock.GetUtcNow());
        if (await TakenAsync(db, store, cancellationToken) is { } taken)
        {
            return taken;
        }

        db.Stores.Add(store);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException)
        {
            // Another request opened the same store in between; say which of the two it collided on.
            db.ChangeTracker.Clear();
            var collision = await TakenAsync(db, store, cancellationToken);
            if (collision is null)
            {
                throw;
            }

            return collision;
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

    private static async Task<Results<Ok<StoreResponse>, ProblemHttpResult>> GetByCodeAsync(
        string code, SchedulingDbContext db, CancellationToken cancellationToken)
    {
        var wanted = StoreRules.NormaliseCode(code);
        var store = await db.Stores.AsNoTracking().FirstOrDefaultAsync(store => store.Code == wanted, cancellationToken);
        if (store is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound, title: "Store not found.", detail: $"No store has code '{wanted}'.");
        }

        var queues = await db.Queues.AsNoTracking().Where(queue => queue.StoreId == store.Id).ToListAsync(cancellationToken);
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

    private static async Task<ProblemHttpResult?> TakenAsync(SchedulingDbContext db, Store store, CancellationToken cancellationToken)
    {
        if (await db.Stores.AnyAsync(existing => existing.Code == store.Code, cancellationToken))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "Store code already in use.",
                detail: $"Another store already has code '{store.Code}'.");
        }

        return await db.Stores.AnyAsync(existing => existing.Platform == store.Platform && existing.Name == store.Name, cancellationToken)
            ? TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "Store already exists.",
                detail: $"There is already a store '{store.Name}' on {store.Platform}.")
            : null;
    }

    private static ProblemHttpResult QueueTaken(string name) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict, title: "Queue already exists.", detail: $"The store already has a queue '{name}'.");
}
