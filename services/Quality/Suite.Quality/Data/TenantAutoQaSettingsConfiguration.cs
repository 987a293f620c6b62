using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Quality.Domain;

namespace Suite.Quality.Data;

internal sealed class TenantAutoQaSettingsConfiguration : IEntityTypeConfiguration<TenantAutoQaSettings>
{
    public void Configure(EntityTypeBuilder<TenantAutoQaSettings> builder)
    {
        builder.ToTable("AutoQaSettings");
        builder.HasKey(settings => settings.Id);
        builder.PrimitiveCollection(settings => settings.GreetingPhrases);
        builder.PrimitiveCollection(settings => settings.ClosingPhrases);
        builder.PrimitiveCollection(settings => settings.AbusePhrases);
        builder.PrimitiveCollection(settings => settings.OffPlatformPhrases);
        builder.PrimitiveCollection(settings => settings.AbsoluteAdvertisingPhrases);

        // One policy per tenant: the tenant index every tenant-owned table gets is unique here.
        builder.HasIndex(settings => settings.TenantId).IsUnique();
    }
}
