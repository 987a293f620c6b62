namespace Suite.ServiceDefaults.Paging;

/// <summary>One page of a list, with the total so a caller knows how many pages there are.</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
