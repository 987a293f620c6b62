using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Messaging.DeadLetters;
using Suite.ServiceDefaults.Tenancy;
using Suite.Testing;

namespace Suite.ServiceDefaults.Tests;

/// <summary>
/// A poison message among good ones: the good ones are applied, the poison one is retried a bounded number
/// of times, then kept as a dead letter that an admin sees (list, metric) and replays once the cause is fixed.
/// </summary>
public sealed class DeadLetterTests : IAsyncLifetime
{
    private const string ListPath = "/api/widgets/admin/dead-letters";
    private const int GoodMessages = 30;

    private readonly string _folder = Directory.CreateTempSubdirectory("suite-dead-letters").FullName;
    private readonly PoisonedEmployeeNumbers _poisoned = new();
    private readonly MeterListener _listener = new();
    private long _deadLettered;
    private long _pending = -1;
    private WebApplication _app = null!;

    private string DatabaseFile => Path.Combine(_folder, "widgets.db");

    public async ValueTask InitializeAsync()
    {
        await using (var db = Open(TestTokens.TenantA))
        {
            await db.Database.EnsureCreatedAsync();
        }

        _app = PoisonWidgetHost.Build(DatabaseFile, _poisoned);
        var meters = _app.Services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == DeadLetterMetrics.MeterName && instrument.Meter.Scope == meters)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name == DeadLetterMetrics.DeadLetteredName)
            {
                Interlocked.Add(ref _deadLettered, value);
            }
            else if (instrument.Name == DeadLetterMetrics.PendingName)
            {
                Interlocked.Exchange(ref _pending, value);
            }
        });
        _listener.Start();
        await _app.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private WidgetDbContext Open(string tenant)
    {
        var tenantContext = new TenantContext();
        tenantContext.Set(tenant);
        return new WidgetDbContext(
            new DbContextOptionsBuilder<WidgetDbContext>().UseSqlite($"Data Source={DatabaseFile};Pooling=False").Options, tenantContext);
    }

    private HttpClient Client(string tenant, params string[] roles)
    {
        var client = _app.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(tenant, roles));
        return client;
    }

    private async Task<int> WidgetsOf(Guid eventId)
    {
        await using var db = Open(TestTokens.TenantA);
        return await db.Widgets.CountAsync(widget => widget.SourceEventId == eventId);
    }

    private async Task<int> AllWidgets()
    {
        await using var db = Open(TestTokens.TenantA);
        return await db.Widgets.CountAsync();
    }

    private long Pending()
    {
        _listener.RecordObservableInstruments();
        return Interlocked.Read(ref _pending);
    }

    private static async Task<JsonElement> ItemsAsync(HttpClient client, string query = "")
    {
        var page = await client.GetFromJsonAsync<JsonElement>(ListPath + query, SuiteJson.Options);
        return page.GetProperty("items");
    }

    private async Task<(Suite.Contracts.Events.AgentHired Poison, JsonElement DeadLetter)> PublishWithOnePoisonAsync(HttpClient admin)
    {
        var bus = _app.Services.GetRequiredService<IBus>();
        var poison = WidgetHost.Hire(TestTokens.TenantA, 13);
        _poisoned.Poison(poison.EmployeeNumber);
        for (var i = 0; i < GoodMessages; i++)
        {
            await bus.Publish(WidgetHost.Hire(TestTokens.TenantA, 1000 + i));
            if (i == GoodMessages / 2)
            {
                await bus.Publish(poison);
            }
        }

        await Eventually.True(async () => await AllWidgets() == GoodMessages, what: "every good message to be applied");
        await Eventually.True(() => Task.FromResult(_poisoned.Failures >= 3), what: "the poison message to exhaust its retries");
        var deadLetter = await Eventually.Get(async () =>
        {
            var items = await ItemsAsync(admin);
            return items.GetArrayLength() == 1 ? (object)items[0] : null;
        }, what: "the poison message to be listed");
        return (poison, (JsonElement)deadLetter);
    }

    [Fact]
    public async Task A_poison_message_is_dead_lettered_after_bounded_retries_while_the_rest_flow_and_a_replay_applies_it_once()
    {
        using var admin = Client(TestTokens.TenantA, SuiteRoles.Admin);
        var (poison, deadLetter) = await PublishWithOnePoisonAsync(admin);

        Assert.Equal(poison.EventId, deadLetter.GetProperty("messageId").GetGuid());
        Assert.Equal(typeof(Suite.Contracts.Events.AgentHired).FullName, deadLetter.GetProperty("messageType").GetString());
        Assert.Equal(nameof(MakeWidgetUnlessPoisoned), deadLetter.GetProperty("consumer").GetString());
        Assert.Equal("make-widget-unless-poisoned", deadLetter.GetProperty("endpoint").GetString());
        Assert.Contains("cannot be made into a widget", deadLetter.GetProperty("error").GetString());
        Assert.Equal(3, deadLetter.GetProperty("attempts").GetInt32());
        Assert.Equal(3, _poisoned.Failures);
        Assert.Equal("pending", deadLetter.GetProperty("status").GetString());
        Assert.Equal(deadLetter.GetProperty("firstFailedAt").GetDateTimeOffset(), deadLetter.GetProperty("lastFailedAt").GetDateTimeOffset());
        Assert.Equal(0, await WidgetsOf(poison.EventId));
        Assert.Equal(1, Interlocked.Read(ref _deadLettered));
        Assert.Equal(1, Pending());

        _poisoned.Cure();
        var id = deadLetter.GetProperty("id").GetGuid();
        using var replay = await admin.PostAsync($"{ListPath}/{id}/replay", null);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal("replayed", (await replay.Content.ReadFromJsonAsync<JsonElement>(SuiteJson.Options)).GetProperty("status").GetString());
        await Eventually.True(async () => await WidgetsOf(poison.EventId) == 1, what: "the replayed message to be applied");

        using var again = await admin.PostAsync($"{ListPath}/{id}/replay", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);

        // The same event delivered once more (a broker redelivery, say) still has one effect.
        await _app.Services.GetRequiredService<IBus>().Publish(poison);
        await Eventually.True(async () => await InboxRowsAsync() == GoodMessages + 1, what: "the inbox to hold every applied message");
        Assert.Equal(1, await WidgetsOf(poison.EventId));
        Assert.Equal(GoodMessages + 1, await AllWidgets());
        Assert.Equal(0, (await ItemsAsync(admin, "?pending=true")).GetArrayLength());
        Assert.Equal(0, Pending());
    }

    [Fact]
    public async Task A_replay_that_fails_again_reopens_the_dead_letter_with_its_history()
    {
        using var admin = Client(TestTokens.TenantA, SuiteRoles.Admin);
        var (poison, deadLetter) = await PublishWithOnePoisonAsync(admin);
        var id = deadLetter.GetProperty("id").GetGuid();

        using var replay = await admin.PostAsync($"{ListPath}/{id}/replay", null);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);

        var reopened = await Eventually.Get(async () =>
        {
            var detail = await admin.GetFromJsonAsync<JsonElement>($"{ListPath}/{id}", SuiteJson.Options);
            var letter = detail.GetProperty("deadLetter");
            return letter.GetProperty("attempts").GetInt32() == 6 && letter.GetProperty("status").GetString() == "pending"
                ? (object)detail
                : null;
        }, what: "the failed replay to reopen the dead letter");
        var reopenedLetter = ((JsonElement)reopened).GetProperty("deadLetter");
        Assert.Equal(1, reopenedLetter.GetProperty("replays").GetInt32());
        Assert.True(reopenedLetter.GetProperty("lastFailedAt").GetDateTimeOffset() > reopenedLetter.GetProperty("firstFailedAt").GetDateTimeOffset());
        Assert.Contains(poison.EventId.ToString(), ((JsonElement)reopened).GetProperty("payload").GetString());
        Assert.Equal(0, await WidgetsOf(poison.EventId));
        Assert.Equal(2, Interlocked.Read(ref _deadLettered));
    }

    [Fact]
    public async Task Only_admins_of_the_message_tenant_see_and_replay_it()
    {
        using var admin = Client(TestTokens.TenantA, SuiteRoles.Admin);
        var (_, deadLetter) = await PublishWithOnePoisonAsync(admin);
        var id = deadLetter.GetProperty("id").GetGuid();

        using var supervisor = Client(TestTokens.TenantA, SuiteRoles.Supervisor, SuiteRoles.Manager);
        using var refusedList = await supervisor.GetAsync(ListPath);
        using var refusedReplay = await supervisor.PostAsync($"{ListPath}/{id}/replay", null);
        using var anonymous = await _app.GetTestClient().GetAsync(ListPath);
        using var otherTenant = Client(TestTokens.TenantB, SuiteRoles.Admin);
        using var otherTenantReplay = await otherTenant.PostAsync($"{ListPath}/{id}/replay", null);
        using var otherTenantRead = await otherTenant.GetAsync($"{ListPath}/{id}");
        using var unknown = await admin.PostAsync($"{ListPath}/{Guid.CreateVersion7()}/replay", null);
        using var badPage = await admin.GetAsync(ListPath + "?page=0&pageSize=500");

        Assert.Equal(HttpStatusCode.Forbidden, refusedList.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refusedReplay.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(0, (await ItemsAsync(otherTenant)).GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, otherTenantReplay.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherTenantRead.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
        var errors = (await badPage.Content.ReadFromJsonAsync<JsonElement>(SuiteJson.Options)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("page", out _) && errors.TryGetProperty("pageSize", out _));
        Assert.Equal("pending", (await ItemsAsync(admin))[0].GetProperty("status").GetString());
    }

    private async Task<int> InboxRowsAsync()
    {
        await using var db = Open(TestTokens.TenantA);
        return await db.InboxMessages.CountAsync();
    }
}
