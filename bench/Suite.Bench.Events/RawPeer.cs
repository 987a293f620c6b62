using System.Buffers.Binary;
using System.Diagnostics;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Suite.Bench.Events;

/// <summary>
/// The broker's own limit, measured with the plain client: persistent messages of the suite's wire size
/// to a durable queue, publisher confirms awaited, one consumer acknowledging each message by hand.
/// </summary>
internal sealed class RawPeer(string amqp, int messageBytes)
{
    /// <summary>Outstanding confirms while publishing flat out: enough to keep the broker busy.</summary>
    private const int PublishWindow = 256;

    /// <summary>Deliveries in flight to the one consumer; each is still acknowledged on its own.</summary>
    private const ushort Prefetch = 100;

    public Task<PhaseResult> MaxThroughputAsync(int messages) =>
        RunAsync(messages, (publish, count) => PublishFlatOutAsync(publish, count));

    public Task<PhaseResult> FixedRateAsync(int messages, int perSecond) =>
        RunAsync(messages, (publish, count) => OpenLoop.RunAsync(count, perSecond, PublishWindow, publish));

    private static async Task PublishFlatOutAsync(Func<int, Task> publish, int count)
    {
        using var window = new SemaphoreSlim(PublishWindow);
        var pending = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            await window.WaitAsync();
            pending.Add(Publish(i));
        }

        await Task.WhenAll(pending);

        async Task Publish(int index)
        {
            try
            {
                await publish(index);
            }
            finally
            {
                window.Release();
            }
        }
    }

    private async Task<PhaseResult> RunAsync(int messages, Func<Func<int, Task>, int, Task> drive)
    {
        var factory = new ConnectionFactory { Uri = new Uri(amqp) };
        await using var publisherConnection = await factory.CreateConnectionAsync();
        await using var consumerConnection = await factory.CreateConnectionAsync();
        await using var consumerChannel = await consumerConnection.CreateChannelAsync();
        var queue = $"bench-raw-{Guid.NewGuid():N}";
        await consumerChannel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        await consumerChannel.BasicQosAsync(0, Prefetch, global: false);

        var sentAt = new long[messages];
        var arrivedAt = new long[messages];
        var arrived = 0;
        var allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumer = new AsyncEventingBasicConsumer(consumerChannel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            var index = BinaryPrimitives.ReadInt32LittleEndian(delivery.Body.Span);
            arrivedAt[index] = Stopwatch.GetTimestamp();
            await consumerChannel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            if (Interlocked.Increment(ref arrived) == messages)
            {
                allArrived.TrySetResult();
            }
        };
        await consumerChannel.BasicConsumeAsync(queue, autoAck: false, consumer);

        await using var publisherChannel = await publisherConnection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true,
            publisherConfirmationTrackingEnabled: true,
            outstandingPublisherConfirmationsRateLimiter: new ThrottlingRateLimiter(PublishWindow * 4)));
        var properties = new BasicProperties { Persistent = true, ContentType = "application/vnd.masstransit+json" };
        var start = Stopwatch.GetTimestamp();
        await drive(async index =>
        {
            var body = new byte[messageBytes];
            BinaryPrimitives.WriteInt32LittleEndian(body, index);
            sentAt[index] = Stopwatch.GetTimestamp();
            await publisherChannel.BasicPublishAsync("", queue, mandatory: false, properties, body);
        }, messages);
        var lastSend = sentAt.Max();

        if (await Task.WhenAny(allArrived.Task, Task.Delay(TimeSpan.FromMinutes(2))) != allArrived.Task)
        {
            throw new InvalidOperationException($"Only {arrived} of {messages} raw messages arrived within two minutes.");
        }

        await consumerChannel.QueueDeleteAsync(queue);
        var latencies = new long[messages];
        for (var i = 0; i < messages; i++)
        {
            latencies[i] = arrivedAt[i] - sentAt[i];
        }

        return PhaseResult.From(start, lastSend, arrivedAt.Max(), latencies);
    }
}
