using Suite.Complaints.Domain;

namespace Suite.Complaints.Tests;

public sealed class SeverityRulesTests
{
    [Fact]
    public void Without_major_reasons_the_requested_or_default_severity_stands()
    {
        var assessment = SeverityRules.Assess(ComplaintCategory.Logistics, null, [], 0);

        Assert.Equal((ComplaintSeverity.P3, false, 0), (assessment.Severity, assessment.Major, assessment.Reasons.Count));
        Assert.Equal(ComplaintSeverity.P4, SeverityRules.Assess(ComplaintCategory.ServiceAttitude, ComplaintSeverity.P4, [], 1).Severity);
        Assert.False(SeverityRules.Assess(ComplaintCategory.ServiceAttitude, null, [], 1).Major);
    }

    [Theory]
    [InlineData(MajorReason.Safety)]
    [InlineData(MajorReason.Legal)]
    [InlineData(MajorReason.Media)]
    [InlineData(MajorReason.Vip)]
    public void A_declared_major_reason_makes_it_major_and_P1_whatever_was_asked(MajorReason reason)
    {
        var assessment = SeverityRules.Assess(ComplaintCategory.Logistics, ComplaintSeverity.P4, [reason, reason], 0);

        Assert.Equal((ComplaintSeverity.P1, true), (assessment.Severity, assessment.Major));
        Assert.Equal([reason], assessment.Reasons);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(5, true)]
    public void Two_earlier_complaints_make_a_repeat_complainant(int earlier, bool major)
    {
        var assessment = SeverityRules.Assess(ComplaintCategory.Logistics, null, [MajorReason.Vip], earlier);

        Assert.True(assessment.Major);
        Assert.Equal(major, assessment.Reasons.Contains(MajorReason.RepeatComplainant));
        Assert.Equal(major ? [MajorReason.Vip, MajorReason.RepeatComplainant] : [MajorReason.Vip], assessment.Reasons);
    }

    [Fact]
    public void Only_the_declarable_reasons_may_be_declared_at_intake()
    {
        var details = new NewComplaint(
            null, ComplaintChannel.Chat, "tmall", "TM-01", "buyer_1", null, ComplaintCategory.Other, null, "d", [],
            [MajorReason.Safety, MajorReason.RepeatComplainant]);

        Assert.Equal(["majorReasons"], ComplaintRules.Validate(details).Keys);
        Assert.Empty(ComplaintRules.Validate(details with { MajorReasons = [MajorReason.Safety, MajorReason.Media] }));
    }
}
