using Suite.Quality.Domain;
using static Suite.Quality.Tests.Transcripts;

namespace Suite.Quality.Tests;

public sealed class ResponseTimesTests
{
    private static readonly TimeSpan ThreeMinutes = TimeSpan.FromMinutes(3);

    [Fact]
    public void The_issue_example_gives_0_of_1_then_1_of_2()
    {
        List<TranscriptMessage> messages = [Customer(10, 10, 15), Customer(10, 15, 20), Agent(10, 18, 10)];

        var first = ResponseTimes.Measure(messages, ThreeMinutes);
        messages.AddRange([Customer(10, 18, 30), Agent(10, 19, 0)]);
        var second = ResponseTimes.Measure(messages, ThreeMinutes);

        Assert.Equal((0, 1), (first.AnsweredWithinThreshold, first.AnsweredBlocks));
        Assert.Equal(0.0, first.ResponseRate);
        Assert.Equal((1, 2), (second.AnsweredWithinThreshold, second.AnsweredBlocks));
        Assert.Equal(0.5, second.ResponseRate);
    }

    [Fact]
    public void A_block_is_timed_from_its_first_message_to_the_next_agent_message()
    {
        var times = ResponseTimes.Measure(
            [Customer(10, 10, 15), Customer(10, 15, 20), Agent(10, 18, 10), Customer(10, 18, 30), Agent(10, 19, 0)], ThreeMinutes);

        Assert.Equal(TimeSpan.FromSeconds(475), times.FirstResponse);
        // (475 s + 30 s) / 2
        Assert.Equal(TimeSpan.FromSeconds(252.5), times.AverageResponse);
        Assert.Equal(2, times.CustomerBlocks);
    }

    [Fact]
    public void Consecutive_agent_messages_answer_a_block_once()
    {
        var times = ResponseTimes.Measure(
            [Customer(9, 0, 0), Agent(9, 0, 20), Agent(9, 0, 40), Agent(9, 5, 0), Customer(9, 6, 0), Agent(9, 6, 10)], ThreeMinutes);

        Assert.Equal((2, 2, 2), (times.CustomerBlocks, times.AnsweredBlocks, times.AnsweredWithinThreshold));
        Assert.Equal(TimeSpan.FromSeconds(15), times.AverageResponse);
    }

    [Fact]
    public void An_agent_message_before_the_customer_speaks_answers_nothing()
    {
        var times = ResponseTimes.Measure([Agent(9, 0, 0), Customer(9, 1, 0), Agent(9, 1, 30)], ThreeMinutes);

        Assert.Equal(TimeSpan.FromSeconds(30), times.FirstResponse);
        Assert.Equal(1, times.CustomerBlocks);
    }

    [Fact]
    public void System_messages_neither_split_a_block_nor_answer_it()
    {
        var times = ResponseTimes.Measure(
            [Customer(9, 0, 0), SystemNote(9, 0, 5), Customer(9, 0, 30), SystemNote(9, 1, 0), Agent(9, 4, 0)], ThreeMinutes);

        Assert.Equal(1, times.CustomerBlocks);
        Assert.Equal(TimeSpan.FromMinutes(4), times.FirstResponse);
        Assert.Equal(0, times.AnsweredWithinThreshold);
    }

    [Fact]
    public void An_unanswered_last_block_is_counted_apart_from_the_rate()
    {
        var times = ResponseTimes.Measure([Customer(9, 0, 0), Agent(9, 0, 30), Customer(9, 10, 0)], ThreeMinutes);

        Assert.Equal((2, 1, 1), (times.CustomerBlocks, times.AnsweredBlocks, times.UnansweredBlocks));
        Assert.Equal(1.0, times.ResponseRate);
    }

    [Fact]
    public void Exactly_the_threshold_counts_as_within_it()
    {
        var times = ResponseTimes.Measure([Customer(9, 0, 0), Agent(9, 3, 0), Customer(9, 4, 0), Agent(9, 7, 1)], ThreeMinutes);

        Assert.Equal((1, 2), (times.AnsweredWithinThreshold, times.AnsweredBlocks));
    }

    [Fact]
    public void A_transcript_without_an_answered_block_has_no_times_and_no_rate()
    {
        var silent = ResponseTimes.Measure([Customer(9, 0, 0), Customer(9, 1, 0)], ThreeMinutes);
        var agentOnly = ResponseTimes.Measure([Agent(9, 0, 0)], ThreeMinutes);

        Assert.Equal((null, null, null), (silent.FirstResponse, silent.AverageResponse, silent.ResponseRate));
        Assert.Equal((1, 1), (silent.CustomerBlocks, silent.UnansweredBlocks));
        Assert.Equal((0, null), (agentOnly.CustomerBlocks, agentOnly.ResponseRate));
    }
}
