using Microsoft.EntityFrameworkCore;
using Suite.ServiceDefaults.Data;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.ServiceDefaults.Tests;

/// <summary>A minimal service database for exercising the shared persistence and messaging code.</summary>
public sealed class WidgetDbContext(DbContextOptions<WidgetDbContext> options, ITenantContext tenant) : SuiteDbContext(options, tenant)
{
    public DbSet<Widget> Widgets => Set<Widget>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Widget>().HasKey(widget => widget.Id);
        base.OnModelCreating(modelBuilder);
    }
}

public sealed class Widget : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string TenantId { get; set; } = "";

    public string Name { get; set; } = "";

    public Guid? SourceEventId { get; set; }
}
