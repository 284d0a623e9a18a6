using KubeSharp.Runtime.Images;

namespace KubeSharp.Runtime.Tests.Images;

public class AuthChallengeTests
{
    [Fact]
    public void Parse_BearerWithQuotedParameters_ReadsAll()
    {
        var challenges = AuthChallenge.Parse(["Bearer realm=\"https://auth.example/token\",service=\"registry.example\",scope=\"repository:a/b:pull\""]);

        var bearer = Assert.Single(challenges);
        Assert.Equal("Bearer", bearer.Scheme);
        Assert.Equal("https://auth.example/token", bearer.Parameter("realm"));
        Assert.Equal("registry.example", bearer.Parameter("service"));
        Assert.Equal("repository:a/b:pull", bearer.Parameter("scope"));
    }

    [Fact]
    public void Parse_TwoChallengesInOneHeader_SplitsThem()
    {
        var challenges = AuthChallenge.Parse(["Basic realm=\"x\", Bearer realm=\"y\",service=z"]);

        Assert.Equal(["Basic", "Bearer"], challenges.Select(c => c.Scheme));
        Assert.Equal("z", challenges[1].Parameter("service"));
    }

    [Fact]
    public void Parse_EscapedQuote_Unescapes()
    {
        var challenge = Assert.Single(AuthChallenge.Parse(["Basic realm=\"a \\\"b\\\"\""]));
        Assert.Equal("a \"b\"", challenge.Parameter("realm"));
    }
}
