namespace Suite.ServiceDefaults.Paging;

/// <summary>
/// The page a caller asked for. Every list endpoint of the suite pages the same way, so the limits and
/// the messages a caller sees when it asks for too much are the same everywhere.
/// </summary>
public readonly record struct PageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public int Skip => (Page - 1) * PageSize;

    /// <summary>Adds a message per field (page, pageSize) that is out of range to <paramref name="errors"/>.</summary>
    public void Validate(IDictionary<string, string[]> errors)
    {
        if (Page < 1)
        {
            errors["page"] = ["page must be 1 or more."];
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be between 1 and {MaxPageSize}."];
        }
    }

    public PagedResponse<T> Answer<T>(IReadOnlyList<T> items, int total) => new(items, Page, PageSize, total);
}
