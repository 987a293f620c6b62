using System.Net;
using System.Net.Http.Headers;
using Suite.ServiceDefaults.Auth;
using Suite.SystemTests.Fuzzing;
using Suite.Testing;

namespace Suite.SystemTests;

/// <summary>
/// Every operation every service publishes refuses a caller without a valid token, both at the gateway
/// and when the gateway is bypassed: the services validate the token themselves.
/// </summary>
public sealed class AuthenticationSweepTests(StandaloneHost host, ITestOutputHelper output) : IClassFixture<StandaloneHost>
{
    private static readonly string[] Services = ["scheduling", "training", "quality", "complaints"];

    public static TheoryData<string> BadTokens => ["none", "expired", "forged", "wrong-audience", "not-a-jwt"];

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Every_operation_refuses_a_bad_token_at_the_gateway_and_at_the_service(string token)
    {
        using var documents = new HttpClient { BaseAddress = host.Gateway };
        var operations = new List<OpenApiOperation>();
        foreach (var service in Services)
        {
            operations.AddRange(await OpenApiOperation.LoadAsync(documents, service));
        }

        var failures = new List<string>();
        foreach (var entry in new[] { host.Gateway, host.Services })
        {
            using var client = new HttpClient { BaseAddress = entry };
            foreach (var operation in operations)
            {
                using var request = new HttpRequestMessage(operation.Method, operation.Path());
                if (operation.HasBody)
                {
                    request.Content = new StringContent(
                        operation.Schemas.ValidLooking(operation.BodySchema!.Value, 0)?.ToJsonString() ?? "{}",
                        System.Text.Encoding.UTF8, "application/json");
                }

                if (Header(token) is { } authorization)
                {
                    request.Headers.Authorization = authorization;
                }

                using var response = await client.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.Unauthorized
                    || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"{entry.Port} {operation}: {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}");
                }
            }
        }

        output.WriteLine($"{operations.Count} operations × 2 entry points with a '{token}' token");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static AuthenticationHeaderValue? Header(string token) => token switch
    {
        "none" => null,
        "expired" => new("Bearer", TestTokens.Expired("demo", SuiteRoles.Admin)),
        "forged" => new("Bearer", TestTokens.SignedWithAnotherKey("demo", SuiteRoles.Admin)),
        "wrong-audience" => new("Bearer", new DevelopmentTokenIssuer(
            new SuiteAuthOptions { SigningKey = SuiteAuthOptions.DevelopmentSigningKey, Audience = "another-api" }, TimeProvider.System)
            .Issue("someone", "demo", [SuiteRoles.Admin])),
        _ => new("Bearer", "not-a-jwt"),
    };
}
