namespace Suite.Standalone.DemoCentre;

internal sealed partial class DemoCentreGenerator
{
    // Last month's appraisal computed and published, as a centre does at the start of a month, so the
    // ranking, the pacesetters and each agent's gaps are there to read; this month's computed so far and
    // left as a draft, which a manager re-runs as the month's figures come in.
    private async Task AppraisalsAsync(CancellationToken cancellationToken)
    {
        var lastMonth = today.AddMonths(-1);
        progress.Start("Appraising the months", 3);
        var last = await api.PostAsync("/api/quality/appraisals", new { year = lastMonth.Year, month = lastMonth.Month }, cancellationToken);
        progress.Report(1);
        await api.PostAsync($"/api/quality/appraisals/{IdOf(last)}/publish", new { }, cancellationToken);
        progress.Report(2);
        await api.PostAsync("/api/quality/appraisals", new { year = today.Year, month = today.Month }, cancellationToken);
        progress.Report(3);
    }
}
