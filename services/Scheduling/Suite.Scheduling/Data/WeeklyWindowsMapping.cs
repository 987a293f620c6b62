using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Scheduling.Domain;

namespace Suite.Scheduling.Data;

/// <summary>
/// Weekly windows are always read and replaced as a whole, so they live in one JSON column rather
/// than a table of their own; the comparer lets EF see a replaced list as a change.
/// </summary>
internal static class WeeklyWindowsMapping
{
    public static PropertyBuilder<List<AvailabilityWindow>> AsWeeklyWindows(this PropertyBuilder<List<AvailabilityWindow>> property) =>
        property
            .HasConversion(
                windows => JsonSerializer.Serialize(windows, JsonSerializerOptions.Default),
                json => JsonSerializer.Deserialize<List<AvailabilityWindow>>(json, JsonSerializerOptions.Default) ?? new List<AvailabilityWindow>(),
                new ValueComparer<List<AvailabilityWindow>>(
                    (left, right) => left!.SequenceEqual(right!),
                    windows => windows.Aggregate(0, (hash, window) => HashCode.Combine(hash, window)),
                    windows => windows.ToList()))
            .HasMaxLength(4000);
}
