using Suite.Complaints.Clocks;
using Suite.Complaints.Data;
using Suite.Complaints.Domain;

namespace Suite.Complaints.Api;

/// <summary>Reads complaints' SLA clocks as of now for an answer, in three queries whatever the number of complaints.</summary>
internal static class ComplaintSlas
{
    public static async Task<Dictionary<Guid, SlaResponse>> ReadAsync(
        ComplaintsDbContext db, IReadOnlyCollection<Complaint> complaints, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (complaints.Count == 0)
        {
            return [];
        }

        var clocks = await ComplaintClocks.LoadAsync(db, complaints.Select(complaint => complaint.StoreCode).Distinct().ToList(), cancellationToken);
        var readings = await clocks.ReadAsync(db, complaints, now, cancellationToken);
        return readings
            .Where(pair => pair.Value.Policy is not null)
            .ToDictionary(pair => pair.Key, pair => SlaResponse.From(pair.Value.Policy!, pair.Value.Sla!));
    }
}
