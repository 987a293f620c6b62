using Microsoft.EntityFrameworkCore;
using Suite.Quality.Domain;

namespace Suite.Quality.Data;

/// <summary>The outcome of a batch: every problem (nothing stored), or what was stored and what was already there.</summary>
public sealed record IngestionOutcome(
    Dictionary<string, string[]> Errors,
    IReadOnlyList<Conversation> Created,
    IReadOnlyList<string> Duplicates)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// The one code path of transcript ingestion, behind both the REST batch and the gRPC stream:
/// validate the whole batch, skip what is already stored, inspect the rest and store it in one
/// transaction.
/// </summary>
public sealed class ConversationIngestion(QualityDbContext db, TimeProvider clock)
{
    public async Task<IngestionOutcome> IngestAsync(IReadOnlyList<TranscriptDraft?>? batch, CancellationToken cancellationToken)
    {
        var errors = TranscriptRules.Validate(batch);
        if (errors.Count > 0)
        {
            return new IngestionOutcome(errors, [], []);
        }

        var conversations = batch!.Select(draft => TranscriptRules.ToNewConversation(draft!)).ToList();
        var policy = await db.CurrentAsync(cancellationToken);
        var inspector = new AutoQaInspector(policy);
        try
        {
            return await StoreNewAsync(conversations, inspector, policy, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another batch stored some of the same conversations between our check and our write:
            // those are duplicates now, so look again and store the rest.
            db.ChangeTracker.Clear();
            return await StoreNewAsync(conversations, inspector, policy, cancellationToken);
        }
    }

    private async Task<IngestionOutcome> StoreNewAsync(
        List<NewConversation> conversations, AutoQaInspector inspector, AutoQaPolicy policy, CancellationToken cancellationToken)
    {
        var ids = conversations.Select(conversation => conversation.ExternalId).ToList();
        var stored = (await db.Conversations.AsNoTracking()
                .Where(conversation => ids.Contains(conversation.ExternalId))
                .Select(conversation => conversation.ExternalId)
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);

        var now = clock.GetUtcNow();
        var created = conversations
            .Where(conversation => !stored.Contains(conversation.ExternalId))
            .Select(conversation => Conversation.Ingest(conversation, inspector.Inspect(conversation.Messages), policy.ResponseThreshold, now))
            .ToList();
        db.Conversations.AddRange(created);
        await db.SaveChangesAsync(cancellationToken);
        return new IngestionOutcome([], created, ids.Where(stored.Contains).ToList());
    }
}
