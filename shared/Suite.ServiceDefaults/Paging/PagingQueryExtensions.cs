namespace Suite.ServiceDefaults.Paging;

public static class PagingQueryExtensions
{
    /// <summary>The rows of one page; the query must already be ordered, or pages would overlap.</summary>
    public static IQueryable<T> Page<T>(this IQueryable<T> ordered, PageRequest page) =>
        ordered.Skip(page.Skip).Take(page.PageSize);
}
