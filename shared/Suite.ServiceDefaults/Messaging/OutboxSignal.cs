namespace Suite.ServiceDefaults.Messaging;

/// <summary>
/// Wakes the relay of one DbContext as soon as a SaveChanges has written outbox rows, so events leave
/// within milliseconds; the relay's polling remains the safety net (other replicas, restarts).
/// </summary>
public sealed class OutboxSignal<TContext>
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the relay will pick up this write with the earlier one.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _signal.WaitAsync(timeout, cancellationToken);
}
