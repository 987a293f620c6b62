namespace Suite.Testing;

/// <summary>
/// Waits for an effect that happens asynchronously (an event crossing the bus). The deadline is a
/// generous upper bound so the test fails instead of hanging; it is not a performance assertion.
/// </summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T?>> probe, TimeSpan? within = null, string? what = null) where T : class
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = await probe();
            if (value is not null)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting for {what ?? "the expected effect"}.");
            }

            await Task.Delay(50);
        }
    }

    public static async Task True(Func<Task<bool>> probe, TimeSpan? within = null, string? what = null) =>
        await Get<object>(async () => await probe() ? new object() : null, within, what);
}
