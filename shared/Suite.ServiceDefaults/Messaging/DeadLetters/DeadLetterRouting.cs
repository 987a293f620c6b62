using System.Collections.Concurrent;
using Suite.ServiceDefaults.Data;

namespace Suite.ServiceDefaults.Messaging.DeadLetters;

/// <summary>A service DbContext whose consumers' failures are kept in its database.</summary>
internal sealed record DeadLetterSource(Type ContextType);

/// <summary>
/// Finds which service a failing consumer belongs to: every consumer derives from
/// <see cref="IdempotentConsumer{TEvent,TContext}"/>, whose context names the service's database. In the
/// embedded default one bus serves four services, so the bus alone cannot tell. A service keeps its
/// consumers in the assembly of its DbContext, which is where they are looked for.
/// </summary>
internal sealed class DeadLetterRouting(IEnumerable<DeadLetterSource> sources)
{
    private readonly IReadOnlyList<DeadLetterSource> _sources = sources.ToList();
    private readonly ConcurrentDictionary<string, (Type Consumer, Type Context)?> _byConsumer = new();

    /// <summary>The consumer's class and its service's DbContext type, or null for a consumer of no known service.</summary>
    public (Type Consumer, Type Context)? Find(string consumerType) => _byConsumer.GetOrAdd(consumerType, Resolve);

    private (Type Consumer, Type Context)? Resolve(string consumerType)
    {
        var candidates = _sources
            .Select(source => source.ContextType.Assembly)
            .Distinct()
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type.FullName == consumerType || type.Name == consumerType);
        foreach (var candidate in candidates)
        {
            if (ContextOf(candidate) is { } context
                && _sources.Any(source => source.ContextType.IsAssignableFrom(context)))
            {
                return (candidate, _sources.First(source => source.ContextType.IsAssignableFrom(context)).ContextType);
            }
        }

        return null;
    }

    private static Type? ContextOf(Type consumer)
    {
        for (var type = consumer.BaseType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IdempotentConsumer<,>))
            {
                var context = type.GetGenericArguments()[1];
                return typeof(SuiteDbContext).IsAssignableFrom(context) ? context : null;
            }
        }

        return null;
    }
}
