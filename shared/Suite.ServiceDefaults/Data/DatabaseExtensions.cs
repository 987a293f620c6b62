using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.ServiceDefaults.Messaging;

namespace Suite.ServiceDefaults.Data;

public static class DatabaseExtensions
{
    /// <summary>
    /// Registers a service's DbContext on the configured provider. Each provider has its own derived
    /// context type so that each keeps its own migrations: SQLite for the embedded default and tests,
    /// SQL Server in production.
    /// </summary>
    public static IHostApplicationBuilder AddSuiteDbContext<TContext, TSqliteContext, TSqlServerContext>(
        this IHostApplicationBuilder builder, string connectionName)
        where TContext : SuiteDbContext
        where TSqliteContext : TContext
        where TSqlServerContext : TContext
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured.");

        builder.Services.AddSingleton<OutboxSignal<TContext>>();
        builder.Services.AddSingleton<OutboxSavedInterceptor<TContext>>();

        void Configure(IServiceProvider services, DbContextOptionsBuilder db) =>
            db.AddInterceptors(services.GetRequiredService<OutboxSavedInterceptor<TContext>>());

        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                EnsureSqliteFolderExists(connectionString);
                builder.Services.AddDbContext<TContext, TSqliteContext>((services, db) =>
                {
                    db.UseSqlite(connectionString);
                    Configure(services, db);
                });
                break;
            case DatabaseProvider.SqlServer:
                builder.Services.AddDbContext<TContext, TSqlServerContext>((services, db) =>
                {
                    db.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure());
                    Configure(services, db);
                });
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{options.Provider}' is not supported.");
        }

        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>($"{connectionName}-db", tags: [HealthTags.Ready]);
        if (options.MigrateOnStartup)
        {
            builder.Services.AddHostedService<MigrateOnStartup<TContext>>();
        }

        return builder;
    }

    /// <summary>SQLite creates the file but not its folder; the embedded default keeps its files under data/.</summary>
    private static void EnsureSqliteFolderExists(string connectionString)
    {
        var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(dataSource) && dataSource != ":memory:" && folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
    }
}
