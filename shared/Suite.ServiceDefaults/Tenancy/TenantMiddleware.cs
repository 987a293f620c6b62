using Microsoft.AspNetCore.Http;
using Suite.ServiceDefaults.Auth;

namespace Suite.ServiceDefaults.Tenancy;

/// <summary>
/// Takes the tenant from the authenticated caller's token. A signed-in caller without a tenant claim
/// is refused here, so no endpoint ever runs without a tenant.
/// </summary>
internal sealed class TenantMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, TenantContext tenant)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            var tenantId = context.User.FindFirst(SuiteClaims.Tenant)?.Value;
            if (string.IsNullOrWhiteSpace(tenantId))
            {
                await Results.Problem(
                    statusCode: StatusCodes.Status403Forbidden,
                    title: "The token names no tenant.",
                    detail: $"Every token must carry a '{SuiteClaims.Tenant}' claim.").ExecuteAsync(context);
                return;
            }

            tenant.Set(tenantId);
        }

        await next(context);
    }
}
