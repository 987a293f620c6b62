using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Suite.Complaints.Api;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;
using static Suite.Complaints.Tests.ComplaintCalls;

namespace Suite.Complaints.Tests;

/// <summary>The reports and the CSV export through the public API.</summary>
public sealed class ReportApiTests
{
    private static async Task ResolveAsync(HttpClient client, ComplaintResponse complaint, string rootCause, bool upheld)
    {
        var response = await client.PostAsJsonAsync($"{ComplaintsRoute}/{complaint.Id}/resolution",
            new { outcome = "apology", rootCause, upheldAgainstAgent = upheld, expectedVersion = complaint.Version });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Reports_count_volume_and_SLA_repeat_complainants_root_causes_and_upheld_complaints_per_agent()
    {
        var agent = Guid.CreateVersion7();
        await using var complaints = SchedulingFixture.ComplaintsWith(new FakeSchedulingClient());
        var supervisor = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        await supervisor.PostAsJsonAsync("/api/complaints/sla-policies",
            new { rank = 1, name = "Logistics", category = "logistics", firstResponseMinutes = 60, nextUpdateMinutes = 240, resolutionMinutes = 480 });
        var repeat = await supervisor.FileAsync(ComplaintBodies.Valid(agent, customer: "buyer_repeat"));
        await supervisor.FileAsync(ComplaintBodies.Valid(category: "logistics", customer: "buyer_repeat"));
        var third = await supervisor.FileAsync(ComplaintBodies.Valid(agent));
        var fourth = await supervisor.FileAsync(ComplaintBodies.Valid(category: "logistics"));
        await ResolveAsync(supervisor, repeat, "agent-behaviour", upheld: true);
        await ResolveAsync(supervisor, third, "agent-behaviour", upheld: false);
        await ResolveAsync(supervisor, fourth, "logistics", upheld: false);

        var volume = await supervisor.GetFromJsonAsync<VolumeReport>("/api/complaints/reports/volume?groupBy=category", SuiteJson.Options);
        var repeaters = await supervisor.GetFromJsonAsync<List<RepeatComplainant>>("/api/complaints/reports/repeat-complainants", SuiteJson.Options);
        var causes = await supervisor.GetFromJsonAsync<RootCauseReport>("/api/complaints/reports/root-causes", SuiteJson.Options);
        var upheld = await supervisor.GetFromJsonAsync<List<UpheldRow>>("/api/complaints/reports/upheld-by-agent", SuiteJson.Options);

        Assert.Equal(
            [("logistics", 2, 1, 1, 2, 0, 100.0), ("service-attitude", 2, 0, 2, 0, 0, 100.0)],
            volume!.Rows.Select(row => (row.Key, row.Filed, row.Open, row.Resolved, row.SlaGoverned, row.SlaBreached, row.SlaAttainmentPercent)));
        var repeater = Assert.Single(repeaters!);
        Assert.Equal(("tmall", "buyer_repeat", 2), (repeater.Platform, repeater.CustomerReference, repeater.Complaints));
        Assert.Equal(3, causes!.Resolved);
        Assert.Equal([("agent-behaviour", 2, 66.67, 66.67), ("logistics", 1, 33.33, 100.0)],
            causes.Causes.Select(row => (row.Cause, row.Complaints, row.Percent, row.CumulativePercent)));
        var row = Assert.Single(upheld!);
        Assert.Equal((agent, 2, 1, 50.0), (row.AgentId, row.Resolved, row.Upheld, row.UpheldPercent));
    }

    [Fact]
    public async Task The_complaint_list_exports_as_RFC_4180_CSV_with_its_filters()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var supervisor = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        var body = ComplaintBodies.Valid(category: "logistics");
        body["description"] = "Parcel \"lost\", customer says:\n=call me";
        var filed = await supervisor.FileAsync(body);
        await supervisor.FileAsync(ComplaintBodies.Valid(category: "product-quality"));

        var response = await supervisor.GetAsync("/api/complaints/complaints/export?category=logistics");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var records = csv.Split("\r\n");
        Assert.StartsWith("id,filedAt,status,severity,major,category,channel,platform,storeCode,customerReference,", records[0]);
        Assert.Equal(3, records.Length);
        Assert.StartsWith($"{filed.Id},", records[1]);
        Assert.Contains(",\"Parcel \"\"lost\"\", customer says:\n=call me\",", records[1]);
        Assert.Equal("", records[2]);
    }

    [Fact]
    public async Task Reports_refuse_bad_parameters_by_name_and_are_for_management_only_within_the_tenant()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var supervisor = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        await supervisor.FileAsync();

        var badGroup = await supervisor.GetAsync("/api/complaints/reports/volume?groupBy=planet&from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z");
        var badMin = await supervisor.GetAsync("/api/complaints/reports/repeat-complainants?minComplaints=1");
        var badExport = await supervisor.GetAsync("/api/complaints/complaints/export?status=lost&severity=p9");
        var agent = await complaints.ClientForAgent(TestTokens.TenantA, Guid.CreateVersion7()).GetAsync("/api/complaints/reports/root-causes");
        var integrator = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator).GetAsync("/api/complaints/complaints/export");
        var otherTenant = await complaints.ClientFor(TestTokens.TenantB, SuiteRoles.Manager).GetFromJsonAsync<VolumeReport>("/api/complaints/reports/volume", SuiteJson.Options);

        Assert.Equal(["groupBy", "to"], (await badGroup.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options))!.Errors.Keys.Order());
        Assert.Equal(["minComplaints"], (await badMin.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options))!.Errors.Keys);
        Assert.Equal(["severity", "status"], (await badExport.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options))!.Errors.Keys.Order());
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (agent.StatusCode, integrator.StatusCode));
        Assert.Empty(otherTenant!.Rows);
    }
}
