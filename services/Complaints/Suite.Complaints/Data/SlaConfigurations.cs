using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Complaints.Domain;
using Suite.Complaints.Domain.Sla;

namespace Suite.Complaints.Data;

internal sealed class SlaPolicyConfiguration : IEntityTypeConfiguration<SlaPolicy>
{
    public void Configure(EntityTypeBuilder<SlaPolicy> builder)
    {
        builder.ToTable("SlaPolicies");
        builder.HasKey(policy => policy.Id);
        builder.Ignore(policy => policy.Targets);
        builder.Property(policy => policy.Name).HasMaxLength(SlaRules.MaxNameLength);
        builder.Property(policy => policy.StoreCode).HasMaxLength(ComplaintRules.MaxStoreCodeLength);
        builder.Property(policy => policy.Channel).HasConversion<string>().HasMaxLength(40);
        builder.Property(policy => policy.Severity).HasConversion<string>().HasMaxLength(10);
        builder.Property(policy => policy.Category).HasConversion<string>().HasMaxLength(40);
        // The order of evaluation must be unambiguous.
        builder.HasIndex(policy => new { policy.TenantId, policy.Rank }).IsUnique();
    }
}

internal sealed class StoreCalendarConfiguration : IEntityTypeConfiguration<StoreCalendar>
{
    public void Configure(EntityTypeBuilder<StoreCalendar> builder)
    {
        builder.ToTable("StoreCalendars");
        builder.HasKey(calendar => calendar.Id);
        builder.Property(calendar => calendar.StoreCode).HasMaxLength(ComplaintRules.MaxStoreCodeLength);
        builder.Property(calendar => calendar.TimeZoneId).HasMaxLength(SlaRules.MaxTimeZoneIdLength);
        builder.ComplexCollection(calendar => calendar.WeeklyHours, hours => hours.ToJson());
        builder.PrimitiveCollection(calendar => calendar.Holidays);
        builder.HasIndex(calendar => new { calendar.TenantId, calendar.StoreCode }).IsUnique();
    }
}
