using System.Globalization;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Contracts.Quality.V1;
using Suite.Quality.Data;
using Suite.Quality.Domain;
using Suite.ServiceDefaults.Auth;

namespace Suite.Quality.Grpc;

/// <summary>
/// Client-streaming ingestion: the conversations are collected until the stream ends and then go
/// through the same all-or-nothing path as the REST batch.
/// </summary>
[Authorize(Roles = RolesAllowedToIngest)]
public sealed class TranscriptIngestionGrpcService(ConversationIngestion ingestion) : TranscriptIngestionService.TranscriptIngestionServiceBase
{
    private const string RolesAllowedToIngest =
        SuiteRoles.TeamLeader + "," + SuiteRoles.Supervisor + "," + SuiteRoles.Manager + "," + SuiteRoles.Admin + "," + SuiteRoles.Integrator;

    /// <summary>Enough problems to fix a batch by; the count says how many more there are.</summary>
    private const int MaxErrorsInStatus = 50;

    public override async Task<IngestConversationsReply> IngestConversations(
        IAsyncStreamReader<IngestedConversation> requestStream, ServerCallContext context)
    {
        var drafts = new List<TranscriptDraft?>();
        await foreach (var conversation in requestStream.ReadAllAsync(context.CancellationToken))
        {
            if (drafts.Count == TranscriptRules.MaxConversationsPerBatch)
            {
                throw new RpcException(new Status(StatusCode.InvalidArgument,
                    $"A stream holds at most {TranscriptRules.MaxConversationsPerBatch} conversations; nothing was stored. Split it."));
            }

            drafts.Add(ToDraft(conversation));
        }

        var outcome = await ingestion.IngestAsync(drafts, context.CancellationToken);
        if (!outcome.IsValid)
        {
            var listed = outcome.Errors.Take(MaxErrorsInStatus).Select(error => $"{error.Key}: {string.Join(" ", error.Value)}");
            var more = outcome.Errors.Count > MaxErrorsInStatus ? $" ... and {outcome.Errors.Count - MaxErrorsInStatus} more." : "";
            throw new RpcException(new Status(StatusCode.InvalidArgument,
                $"Nothing was stored: {outcome.Errors.Count} problems. {string.Join("; ", listed)}{more}"));
        }

        var reply = new IngestConversationsReply { Received = drafts.Count };
        reply.Created.AddRange(outcome.Created.Select(conversation => new StoredConversation
        {
            ConversationId = conversation.ExternalId,
            Id = conversation.Id.ToString(),
            FlaggedForReview = conversation.FlaggedForReview,
        }));
        reply.DuplicateConversationIds.AddRange(outcome.Duplicates);
        return reply;
    }

    private static TranscriptDraft ToDraft(IngestedConversation conversation) => new(
        conversation.ConversationId,
        Guid.TryParse(conversation.AgentId, out var agentId) ? agentId : null,
        conversation.StoreCode,
        conversation.Channel,
        conversation.OrderReference,
        conversation.HasCsat ? conversation.Csat : null,
        conversation.Messages.Select(message => new TranscriptMessageDraft(
            message.SenderRole,
            DateTimeOffset.TryParse(message.SentAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var sentAt) ? sentAt : null,
            message.Text)).ToList());
}
