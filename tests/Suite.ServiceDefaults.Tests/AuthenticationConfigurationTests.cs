using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Suite.ServiceDefaults.Auth;

namespace Suite.ServiceDefaults.Tests;

public sealed class AuthenticationConfigurationTests
{
    private static WebApplicationBuilder Builder(string environment, params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(settings.Select(setting => KeyValuePair.Create(setting.Key, (string?)setting.Value)));
        return builder;
    }

    [Fact]
    public void Production_refuses_the_public_development_key()
    {
        var builder = Builder(Environments.Production, ("Auth:SigningKey", SuiteAuthOptions.DevelopmentSigningKey));

        var refusal = Assert.Throws<InvalidOperationException>(() => builder.AddServiceDefaults());

        Assert.Contains("development signing key", refusal.Message);
    }

    [Fact]
    public void Development_accepts_the_development_key() =>
        Builder(Environments.Development, ("Auth:SigningKey", SuiteAuthOptions.DevelopmentSigningKey)).AddServiceDefaults();

    [Fact]
    public void Production_starts_with_an_authority() =>
        Builder(Environments.Production, ("Auth:Authority", "https://login.example.com/centre")).AddServiceDefaults();

    [Fact]
    public void A_process_without_any_token_validation_refuses_to_start() =>
        Assert.Throws<InvalidOperationException>(() => Builder(Environments.Production).AddServiceDefaults());

    [Fact]
    public void A_short_signing_key_is_refused() =>
        Assert.Throws<InvalidOperationException>(() =>
            Builder(Environments.Production, ("Auth:SigningKey", "too-short")).AddServiceDefaults());
}
