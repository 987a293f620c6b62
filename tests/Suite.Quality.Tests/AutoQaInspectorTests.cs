using Suite.Quality.Domain;
using static Suite.Quality.Tests.Transcripts;

namespace Suite.Quality.Tests;

public sealed class AutoQaInspectorTests
{
    private static readonly AutoQaInspector Default = new(AutoQaPolicy.Default);

    [Fact]
    public void A_courteous_chat_has_greeting_and_closing_and_no_red_lines()
    {
        var result = Default.Inspect([
            Customer(10, 0, 0, "这件衣服有M码吗"),
            Agent(10, 0, 20, "您好,欢迎光临!有的亲"),
            Customer(10, 1, 0, "好的,下单了"),
            Agent(10, 1, 30, "感谢您的支持,祝您生活愉快"),
        ]);

        Assert.True(result.GreetingPresent);
        Assert.True(result.ClosingPresent);
        Assert.Empty(result.RedLineHits);
        Assert.False(result.FlaggedForReview);
        Assert.Equal(1.0, result.QuestionAnswerRatio);
        Assert.Equal(TimeSpan.FromSeconds(20), result.ResponseTimes.FirstResponse);
    }

    [Fact]
    public void English_greetings_and_closings_match_in_any_case()
    {
        var result = Default.Inspect([
            Customer(10, 0, 0, "hi, is this in stock?"),
            Agent(10, 0, 10, "Hello! Yes it is."),
            Agent(10, 0, 20, "THANK YOU for shopping with us."),
        ]);

        Assert.True(result.GreetingPresent);
        Assert.True(result.ClosingPresent);
    }

    [Fact]
    public void Greeting_is_looked_for_in_the_agents_first_message_and_closing_in_the_last()
    {
        var result = Default.Inspect([
            Customer(10, 0, 0, "您好"),
            Agent(10, 0, 10, "什么问题"),
            Agent(10, 0, 20, "您好,谢谢"),
            Agent(10, 0, 30, "嗯"),
            Customer(10, 1, 0, "谢谢"),
        ]);

        Assert.False(result.GreetingPresent);
        Assert.False(result.ClosingPresent);
    }

    [Fact]
    public void The_question_answer_ratio_is_agent_messages_over_customer_messages()
    {
        var result = Default.Inspect([
            Customer(10, 0, 0), Customer(10, 0, 5), Customer(10, 0, 9), Customer(10, 0, 12),
            Agent(10, 0, 30), SystemNote(10, 0, 31), Agent(10, 0, 40), Agent(10, 0, 50),
        ]);

        Assert.Equal((4, 3), (result.CustomerMessages, result.AgentMessages));
        Assert.Equal(0.75, result.QuestionAnswerRatio);
        Assert.Null(Default.Inspect([Agent(10, 0, 0)]).QuestionAnswerRatio);
    }

    [Fact]
    public void Red_lines_in_agent_messages_are_found_with_message_index_position_and_category()
    {
        var result = Default.Inspect([
            Customer(10, 0, 0, "你们是最好的吗"),
            Agent(10, 0, 10, "亲,我们家是全网最低价,品质第一"),
            Customer(10, 0, 20, "真的?"),
            Agent(10, 0, 30, "This is the BEST deal, you idiot"),
        ]);

        Assert.True(result.FlaggedForReview);
        Assert.Equal(
            [
                (1, 6, "全网最", RedLineCategory.AbsoluteAdvertising, "全网最"),
                (1, 14, "第一", RedLineCategory.AbsoluteAdvertising, "第一"),
                (3, 12, "best", RedLineCategory.AbsoluteAdvertising, "BEST"),
                (3, 27, "idiot", RedLineCategory.Abuse, "idiot"),
            ],
            result.RedLineHits.Select(hit => (hit.MessageIndex, hit.Position, hit.Rule, hit.Category, hit.MatchedText)));
        Assert.All(result.RedLineHits, hit => Assert.Equal(hit.Rule.Length, hit.Length));
    }

    [Fact]
    public void What_the_customer_writes_crosses_no_red_line()
    {
        var result = Default.Inspect([
            Customer(10, 0, 0, "你们这是最好的吗?傻逼客服,打我电话 13812345678"),
            Agent(10, 0, 10, "您好,很抱歉给您带来不便"),
        ]);

        Assert.Empty(result.RedLineHits);
    }

    [Theory]
    [InlineData("有问题打我电话13812345678", "phone-number", "13812345678")]
    [InlineData("call me on +86 138-1234-5678 please", "phone-number", "+86 138-1234-5678")]
    [InlineData("手机 159 1234 5678", "phone-number", "159 1234 5678")]
    [InlineData("加我微信:kefu_888 领券", "wechat-id", "微信:kefu_888")]
    [InlineData("VX kefu2026 有优惠", "wechat-id", "VX kefu2026")]
    [InlineData("my WeChat ID: Shop_Helper1", "wechat-id", "WeChat ID: Shop_Helper1")]
    public void Phone_numbers_and_wechat_ids_are_found_by_pattern(string text, string rule, string matched)
    {
        var result = Default.Inspect([Customer(10, 0, 0), Agent(10, 0, 10, text)]);

        var hit = Assert.Single(result.RedLineHits, hit => hit.Rule == rule);
        Assert.Equal(RedLineCategory.OffPlatform, hit.Category);
        Assert.Equal(matched, hit.MatchedText);
        Assert.Equal(text.IndexOf(matched, StringComparison.Ordinal), hit.Position);
    }

    [Theory]
    [InlineData("订单号 2138123456789 已发货")]
    [InlineData("运单号12345678901")]
    [InlineData("The wx2 model is out")]
    public void Order_numbers_and_ordinary_words_are_not_contact_details(string text)
    {
        var result = Default.Inspect([Customer(10, 0, 0), Agent(10, 0, 10, text)]);

        Assert.Empty(result.RedLineHits);
    }

    [Fact]
    public void A_tenant_policy_replaces_the_defaults()
    {
        var policy = AutoQaPolicy.Default with
        {
            GreetingPhrases = ["Welcome to Acme"],
            ClosingPhrases = [],
            AbusePhrases = ["rubbish"],
            AbsoluteAdvertisingPhrases = ["最"],
            DetectContactDetails = false,
        };

        var result = new AutoQaInspector(policy).Inspect([
            Customer(10, 0, 0),
            Agent(10, 0, 10, "welcome to ACME, 最近很忙, 13812345678, thank you, what RUBBISH"),
        ]);

        Assert.True(result.GreetingPresent);
        Assert.False(result.ClosingPresent);
        Assert.Equal(["最", "rubbish"], result.RedLineHits.Select(hit => hit.Rule));
    }
}
