using KubeSharp.ApiServer.Authentication;
using Microsoft.AspNetCore.Http;

namespace KubeSharp.ApiServer.Tests.Authentication;

public sealed class TokenFileAuthenticatorTests
{
    private const string File = """
        token1,user1,uid1
        token2,user2,uid2,"group1,group2"
         token3, user3, uid3, "group3"
        ,empty,uid4

        token5,user5,uid5,
        token2,user2b,uid2b
        """;

    [Theory]
    [InlineData("Bearer token1", "user1", "uid1", "")]
    [InlineData("bearer token3", "user3", "uid3", "group3")]
    [InlineData("Bearer token5", "user5", "uid5", "")]
    [InlineData("Bearer token2", "user2b", "uid2b", "")]
    public void Authenticate_KnownToken_ReturnsItsUser(string header, string name, string uid, string groups)
    {
        var authenticator = new TokenFileAuthenticator(TokenFileAuthenticator.Parse(File, "tokens.csv"));

        var result = authenticator.Authenticate(WithAuthorization(header));

        Assert.True(result.Succeeded);
        Assert.Equal(name, result.User!.Name);
        Assert.Equal(uid, result.User.Uid);
        Assert.Equal(groups, string.Join(",", result.User.Groups));
    }

    [Fact]
    public void Parse_QuotedGroups_SplitOnCommas()
    {
        var tokens = TokenFileAuthenticator.Parse("t,alice,42,\"dev, ops,system:masters\"\n,skipped,0\n", "tokens.csv");

        var alice = Assert.Single(tokens).Value;
        Assert.Equal(["dev", "ops", "system:masters"], alice.Groups);
    }

    [Fact]
    public void Parse_TooFewColumns_FailsNamingTheRule()
    {
        var error = Assert.Throws<FormatException>(() => TokenFileAuthenticator.Parse("token,user\n", "bad.csv"));

        Assert.Equal("token file 'bad.csv' must have at least 3 columns (token, user name, user uid), found 2", error.Message);
    }

    [Theory]
    [InlineData("Bearer nope")]
    [InlineData("Bearer token1x")]
    public void Authenticate_UnknownToken_Fails(string header)
    {
        var authenticator = new TokenFileAuthenticator(TokenFileAuthenticator.Parse(File, "tokens.csv"));

        var result = authenticator.Authenticate(WithAuthorization(header));

        Assert.True(result.Failed);
        Assert.Null(result.User);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Bearer   ")]
    public void Authenticate_NoBearerToken_LeavesItToOthers(string header)
    {
        var authenticator = new TokenFileAuthenticator(TokenFileAuthenticator.Parse(File, "tokens.csv"));

        var result = authenticator.Authenticate(WithAuthorization(header));

        Assert.False(result.Succeeded);
        Assert.False(result.Failed);
    }

    private static DefaultHttpContext WithAuthorization(string header)
    {
        var context = new DefaultHttpContext();
        if (header.Length > 0)
        {
            context.Request.Headers.Authorization = header;
        }

        return context;
    }
}
