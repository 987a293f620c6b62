using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Suite.Contracts.Events;
using Suite.ServiceDefaults.Messaging;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.ServiceDefaults.Data;

/// <summary>
/// The base of every service's DbContext: tenant isolation by global query filter, and the outbox
/// and inbox tables that make its events reliable.
/// </summary>
public abstract class SuiteDbContext(DbContextOptions options, ITenantContext tenant) : DbContext(options)
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>Read by the query filters at query time; null (no tenant) matches no row.</summary>
    protected string? CurrentTenantId => tenant.HasTenant ? tenant.TenantId : null;

    /// <summary>
    /// Records an integration event in the outbox. It is written by the same SaveChanges as the
    /// business change it reports, and published afterwards by the outbox relay.
    /// </summary>
    public void AddEvent(IIntegrationEvent integrationEvent) =>
        OutboxMessages.Add(OutboxMessage.From(integrationEvent));

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset values; as UTC ticks it can, exactly, and the
        // suite stores every instant in UTC.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());

        foreach (var entityType in modelBuilder.Model.GetEntityTypes()
                     .Where(type => typeof(ITenantOwned).IsAssignableFrom(type.ClrType) && type.BaseType is null))
        {
            entityType.SetQueryFilter(BuildTenantFilter(entityType.ClrType));
            modelBuilder.Entity(entityType.ClrType).Property(nameof(ITenantOwned.TenantId)).HasMaxLength(64).IsRequired();
            modelBuilder.Entity(entityType.ClrType).HasIndex(nameof(ITenantOwned.TenantId));
        }
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampTenant();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampTenant();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void StampTenant()
    {
        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State == EntityState.Added)
            {
                var tenantProperty = entry.Property(nameof(ITenantOwned.TenantId));
                var current = tenantProperty.CurrentValue as string;
                if (string.IsNullOrEmpty(current))
                {
                    tenantProperty.CurrentValue = tenant.TenantId;
                }
                else if (current != tenant.TenantId)
                {
                    throw new InvalidOperationException("A row cannot be written for another tenant.");
                }
            }
            else if (entry.State is EntityState.Modified or EntityState.Deleted
                     && entry.Entity.TenantId != tenant.TenantId)
            {
                throw new InvalidOperationException("A row of another tenant cannot be changed.");
            }
        }
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        instant => instant.UtcTicks, ticks => new DateTimeOffset(ticks, TimeSpan.Zero));

    private LambdaExpression BuildTenantFilter(Type entityClrType)
    {
        // e => e.TenantId == this.CurrentTenantId, with "this" captured so EF reads it per query.
        var entity = Expression.Parameter(entityClrType, "e");
        var tenantOfRow = Expression.Property(entity, nameof(ITenantOwned.TenantId));
        var tenantOfScope = Expression.Property(Expression.Constant(this), nameof(CurrentTenantId));
        return Expression.Lambda(Expression.Equal(tenantOfRow, tenantOfScope), entity);
    }
}
