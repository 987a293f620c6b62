using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Quality.Domain;

namespace Suite.Quality.Data;

internal sealed class ScorecardConfiguration : IEntityTypeConfiguration<Scorecard>
{
    public void Configure(EntityTypeBuilder<Scorecard> builder)
    {
        builder.ToTable("Scorecards");
        builder.HasKey(scorecard => scorecard.Id);
        builder.Property(scorecard => scorecard.Key).HasMaxLength(ScorecardRules.MaxKeyLength);
        builder.Property(scorecard => scorecard.Name).HasMaxLength(ScorecardRules.MaxNameLength);
        builder.Property(scorecard => scorecard.Channel).HasMaxLength(TranscriptRules.MaxChannelLength);
        builder.Property(scorecard => scorecard.StoreCode).HasMaxLength(TranscriptRules.MaxStoreCodeLength);

        // A version is immutable and read whole, so its sections are one JSON document.
        builder.Property(scorecard => scorecard.Sections)
            .HasConversion(
                sections => JsonSerializer.Serialize(sections, DocumentJson.Options),
                json => JsonSerializer.Deserialize<List<ScorecardSection>>(json, DocumentJson.Options) ?? new List<ScorecardSection>(),
                new ValueComparer<IReadOnlyList<ScorecardSection>>(
                    (left, right) => JsonSerializer.Serialize(left, DocumentJson.Options) == JsonSerializer.Serialize(right, DocumentJson.Options),
                    sections => JsonSerializer.Serialize(sections, DocumentJson.Options).GetHashCode(StringComparison.Ordinal),
                    sections => sections));

        // Two managers adding a version at once: the second gets a conflict instead of a duplicate number.
        builder.HasIndex(scorecard => new { scorecard.TenantId, scorecard.Key, scorecard.Version }).IsUnique();
    }
}

/// <summary>How documents stored as JSON columns are written: enum names, not numbers, so a reordered enum cannot change them.</summary>
internal static class DocumentJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };
}
