using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Suite.Quality.Data;

/// <summary>
/// Stores a value object as one JSON text column: documents that are always read and written whole
/// (a policy, an appraisal's lines) need no table of their own on either provider.
/// </summary>
internal static class JsonDocumentColumn
{
    public static PropertyBuilder<T> AsJsonDocument<T>(this PropertyBuilder<T> property) where T : class =>
        property.HasConversion(
            value => JsonSerializer.Serialize(value, DocumentJson.Options),
            json => JsonSerializer.Deserialize<T>(json, DocumentJson.Options)!,
            new ValueComparer<T>(
                (left, right) => JsonSerializer.Serialize(left, DocumentJson.Options) == JsonSerializer.Serialize(right, DocumentJson.Options),
                value => JsonSerializer.Serialize(value, DocumentJson.Options).GetHashCode(StringComparison.Ordinal),
                value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, DocumentJson.Options), DocumentJson.Options)!));
}
