using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Quality.Domain;

namespace Suite.Quality.Data;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.ToTable("Conversations");
        builder.HasKey(conversation => conversation.Id);
        builder.Property(conversation => conversation.ExternalId).HasMaxLength(TranscriptRules.MaxConversationIdLength);
        builder.Property(conversation => conversation.StoreCode).HasMaxLength(TranscriptRules.MaxStoreCodeLength);
        builder.Property(conversation => conversation.Channel).HasMaxLength(TranscriptRules.MaxChannelLength);
        builder.Property(conversation => conversation.OrderReference).HasMaxLength(TranscriptRules.MaxOrderReferenceLength);

        // Idempotency of ingestion: one conversation per integrator id, even when two batches race.
        builder.HasIndex(conversation => new { conversation.TenantId, conversation.ExternalId }).IsUnique();
        builder.HasIndex(conversation => new { conversation.TenantId, conversation.FlaggedForReview, conversation.StartedAt });
        builder.HasIndex(conversation => new { conversation.TenantId, conversation.AgentId, conversation.StartedAt });

        builder.OwnsMany(conversation => conversation.Messages, message =>
        {
            message.ToTable("ConversationMessages");
            message.WithOwner().HasForeignKey("ConversationId");
            message.HasKey("ConversationId", nameof(ConversationMessage.Index));
            message.Property(item => item.Index).ValueGeneratedNever();
            message.Property(item => item.Role).HasConversion<string>().HasMaxLength(20);
            message.Property(item => item.Text).HasMaxLength(TranscriptRules.MaxTextLength);
        });

        builder.OwnsMany(conversation => conversation.RedLineHits, hit =>
        {
            hit.ToTable("ConversationRedLineHits");
            hit.WithOwner().HasForeignKey("ConversationId");
            hit.HasKey("ConversationId", nameof(ConversationRedLineHit.Sequence));
            hit.Property(item => item.Sequence).ValueGeneratedNever();
            hit.Property(item => item.Category).HasConversion<string>().HasMaxLength(40);
            hit.Property(item => item.Rule).HasMaxLength(AutoQaPolicy.MaxPhraseLength);
            hit.Property(item => item.MatchedText).HasMaxLength(TranscriptRules.MaxTextLength);
        });
    }
}
