using MassTransit;

namespace Suite.Bench.Events;

/// <summary>The size of what the consuming service receives, so the raw peer sends messages of the same size.</summary>
internal sealed class WireSize : IReceiveObserver
{
    private int _bytes;

    public int Bytes => Volatile.Read(ref _bytes);

    public Task PreReceive(ReceiveContext context)
    {
        Volatile.Write(ref _bytes, context.Body.GetBytes().Length);
        return Task.CompletedTask;
    }

    public Task PostReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class =>
        Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Task.CompletedTask;
}
