using Microsoft.Extensions.FileProviders;

namespace Suite.Gateway.SupervisorConsole;

/// <summary>
/// Serves the supervisor console: a static site that talks to the services only through the gateway's
/// public API with the signed-in user's token, so it can do nothing an integrator could not.
/// </summary>
public static class SupervisorConsoleHosting
{
    public const string RequestPath = "/console";

    /// <summary>The folder the build copies site/ into, beside the assembly of whichever host runs the gateway.</summary>
    private static readonly string SiteFolder = Path.Combine(AppContext.BaseDirectory, "supervisor-console");

    // Scripts, styles and data come only from the gateway itself: a transcript or a name that slipped
    // markup past the console could still not load or run anything.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public static WebApplication MapSupervisorConsole(this WebApplication app)
    {
        var files = new PhysicalFileProvider(SiteFolder);
        app.UseWhen(context => context.Request.Path.StartsWithSegments(RequestPath), console =>
        {
            console.Use((context, next) =>
            {
                // Relative links in the site resolve against /console/, so the bare path leads there.
                if (context.Request.Path.Value is { } path && !path.EndsWith('/') && path.Equals(RequestPath, StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.Redirect($"{RequestPath}/");
                    return Task.CompletedTask;
                }

                // A catch-all route elsewhere (such as gRPC's answer for unknown services, which allows only
                // POST) must not claim the console's files; endpoints the host maps under the path still work.
                if (IsSiteFile(files, context.Request.Path))
                {
                    context.SetEndpoint(null);
                }

                context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
                context.Response.Headers.XContentTypeOptions = "nosniff";
                context.Response.Headers["Referrer-Policy"] = "no-referrer";
                return next(context);
            });
            console.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = RequestPath });
            console.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = files,
                RequestPath = RequestPath,
                // Revalidated on every load (ETag), so a new release never meets a stale script in a browser.
                OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache",
            });
        });

        // An endpoint here would stop the static files (they only serve requests no endpoint claimed),
        // so only the root, outside the console's path, is one.
        app.MapGet("/", () => TypedResults.Redirect($"{RequestPath}/")).ExcludeFromDescription();
        return app;
    }

    private static bool IsSiteFile(IFileProvider files, PathString path)
    {
        var relative = path.Value![RequestPath.Length..];
        return relative is "" or "/" || files.GetFileInfo(relative).Exists;
    }
}
