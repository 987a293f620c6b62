using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.ServiceDefaults.Data;

// `dotnet ef` builds each provider's context through these without starting the service. A service
// declares one empty subclass per provider so the tool finds them in the service's own assembly.
// The contexts take (options, tenant context), the constructor every SuiteDbContext has.

public abstract class SqliteDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext> where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) =>
        DesignTimeContext.Create(new DbContextOptionsBuilder<TContext>().UseSqlite("Data Source=design.db").Options);
}

public abstract class SqlServerDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext> where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) =>
        DesignTimeContext.Create(new DbContextOptionsBuilder<TContext>().UseSqlServer("Server=design;Database=design").Options);
}

internal static class DesignTimeContext
{
    public static TContext Create<TContext>(DbContextOptions<TContext> options) where TContext : DbContext =>
        (TContext)Activator.CreateInstance(typeof(TContext), options, new TenantContext())!;
}
