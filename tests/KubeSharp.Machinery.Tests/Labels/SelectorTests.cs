using KubeSharp.Machinery.Labels;

namespace KubeSharp.Machinery.Tests.Labels;

public class SelectorTests
{
    private const string LabelValueRule = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
    private const string NamePartRule = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

    // Inputs upstream's parser accepts, and the canonical string it prints for each (sorted by key,
    // set values sorted and de-duplicated, empty values kept).
    [Theory]
    [InlineData("", "")]
    [InlineData("x=a,y=b,z=c", "x=a,y=b,z=c")]
    [InlineData("z=c,x=a,y=b", "x=a,y=b,z=c")]
    [InlineData("x!=a,y=b", "x!=a,y=b")]
    [InlineData("x=", "x=")]
    [InlineData("x= ", "x=")]
    [InlineData("x=,z= ", "x=,z=")]
    [InlineData("x= ,z= ", "x=,z=")]
    [InlineData("!x", "!x")]
    [InlineData("x>1", "x>1")]
    [InlineData("x>1,z<5", "x>1,z<5")]
    [InlineData("x==a", "x==a")]
    [InlineData("x in (foo,,baz),y,z notin ()", "x in (,baz,foo),y,z notin ()")]
    [InlineData("x in (b,a,b)", "x in (a,b)")]
    [InlineData("x in (a)", "x in (a)")]
    [InlineData("x notin (a, b)", "x notin (a,b)")]
    [InlineData("x in (in,notin)", "x in (in,notin)")]
    [InlineData("  a  =  b  ", "a=b")]
    [InlineData("example.com/app=web", "example.com/app=web")]
    [InlineData("a,!b,c=d", "a,!b,c=d")]
    [InlineData("x in (,)", "x in ()")]
    [InlineData("app.kubernetes.io/name in (nginx, web),tier!=db", "app.kubernetes.io/name in (nginx,web),tier!=db")]
    public void Parse_ValidSelector_PrintsCanonicalForm(string input, string expected)
    {
        var selector = Selector.Parse(input);

        Assert.Equal(expected, selector.ToString());
    }

    // Inputs upstream rejects, with the exact message the API server returns in its 400.
    [Theory]
    [InlineData("x=a||y=b", "unable to parse requirement: values[0][x]: Invalid value: \"a||y\": " + LabelValueRule)]
    [InlineData("x==a==b", "found '==', expected: ',' or 'end of string'")]
    [InlineData("!x=a", "found '=', expected: ',' or 'end of string'")]
    [InlineData("x<a", "unable to parse requirement: values[0]: Invalid value: \"a\": for 'Gt', 'Lt' operators, the value must be an integer")]
    [InlineData("x in (a))", "found ')', expected: ',' or 'end of string'")]
    [InlineData("x=a b", "found 'b', expected: ',' or 'end of string'")]
    [InlineData("a b=c", "unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt")]
    [InlineData("x in a", "unable to parse requirement: found 'a' expected: '('")]
    [InlineData(",x", "found ',', expected: !, identifier, or 'end of string'")]
    [InlineData("x,", "found '', expected: identifier after ','")]
    [InlineData("x=a,", "found '', expected: identifier after ','")]
    [InlineData("-x", "unable to parse requirement: <nil>: Invalid value: \"-x\": " + NamePartRule)]
    [InlineData("x=>1", "unable to parse requirement: found '>', expected: identifier")]
    [InlineData("x!1", "unable to parse requirement: found '!', expected: in, notin, =, ==, !=, gt, lt")]
    [InlineData("x in (a b)", "unable to parse requirement: found 'b', expected: ',' or ')'")]
    [InlineData("x in (a,=)", "unable to parse requirement: found '=', expected: ',', or identifier")]
    [InlineData("x in =", "unable to parse requirement: found '=' expected: '('")]
    [InlineData("x in (=", "unable to parse requirement: found '=', expected: ',', ')' or identifier")]
    [InlineData("!", "unable to parse requirement: found '', expected: identifier")]
    [InlineData("a/b/c=d", "unable to parse requirement: <nil>: Invalid value: \"a/b/c\": a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')")]
    [InlineData("/a=b", "unable to parse requirement: <nil>: Invalid value: \"/a\": prefix part must be non-empty")]
    [InlineData("x=" + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "unable to parse requirement: values[0][x]: Invalid value: \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\": must be no more than 63 characters")]
    public void Parse_InvalidSelector_ThrowsWithUpstreamMessage(string input, string message)
    {
        var error = Assert.Throws<SelectorParseException>(() => Selector.Parse(input));

        Assert.Equal(message, error.Message);
    }

    public static TheoryData<string, Dictionary<string, string>, bool> MatchCases => new()
    {
        { "", new() { ["x"] = "y" }, true },
        { "x=y", new() { ["x"] = "y" }, true },
        { "x=y,z=w", new() { ["x"] = "y", ["z"] = "w" }, true },
        { "x!=y,z!=w", new() { ["x"] = "z", ["z"] = "a" }, true },
        { "notin=in", new() { ["notin"] = "in" }, true },
        { "x", new() { ["x"] = "z" }, true },
        { "!x", new() { ["y"] = "z" }, true },
        { "x>1", new() { ["x"] = "2" }, true },
        { "x<1", new() { ["x"] = "0" }, true },
        { "x in (a,b)", new() { ["x"] = "b" }, true },
        { "x notin (a,b)", new() { ["x"] = "c" }, true },
        { "x notin (a,b)", new(), true },
        { "x!=a", new(), true },
        { "x=", new() { ["x"] = "" }, true },
        { "x=z", new(), false },
        { "x=y", new() { ["x"] = "z" }, false },
        { "x=y,z=w", new() { ["x"] = "w", ["z"] = "w" }, false },
        { "x!=y,z!=w", new() { ["x"] = "z", ["z"] = "w" }, false },
        { "x", new() { ["y"] = "z" }, false },
        { "!x", new() { ["x"] = "z" }, false },
        { "x>1", new() { ["x"] = "0" }, false },
        { "x<1", new() { ["x"] = "2" }, false },
        { "x>1", new() { ["x"] = "abc" }, false },
        { "x>1", new(), false },
        { "x in (a,b)", new() { ["x"] = "c" }, false },
        { "x in (a,b)", new(), false },
        { "x notin (a,b)", new() { ["x"] = "a" }, false },
    };

    [Theory]
    [MemberData(nameof(MatchCases))]
    public void Matches_LabelSet_AgreesWithUpstream(string selector, Dictionary<string, string> labels, bool expected)
    {
        Assert.Equal(expected, Selector.Parse(selector).Matches(labels));
    }

    [Fact]
    public void Everything_MatchesAnyLabelsAndIsEmpty()
    {
        Assert.True(Selector.Everything.Matches(null));
        Assert.True(Selector.Everything.Matches(new Dictionary<string, string> { ["a"] = "b" }));
        Assert.True(Selector.Everything.IsEmpty);
        Assert.Equal("", Selector.Everything.ToString());
    }

    [Fact]
    public void Nothing_MatchesNoLabelsAndIsNotEmpty()
    {
        Assert.False(Selector.Nothing.Matches(new Dictionary<string, string>()));
        Assert.False(Selector.Nothing.IsEmpty);
        Assert.False(Selector.Nothing.Selectable);
    }

    [Fact]
    public void FromSet_SortsKeysAndMatchesExactly()
    {
        var selector = Selector.FromSet(new Dictionary<string, string> { ["b"] = "2", ["a"] = "1" });

        Assert.Equal("a=1,b=2", selector.ToString());
        Assert.True(selector.Matches(new Dictionary<string, string> { ["a"] = "1", ["b"] = "2", ["c"] = "3" }));
        Assert.False(selector.Matches(new Dictionary<string, string> { ["a"] = "1" }));
    }

    [Fact]
    public void FromValidatedSet_InvalidValue_Throws()
    {
        var error = Assert.Throws<SelectorParseException>(() =>
            Selector.FromValidatedSet(new Dictionary<string, string> { ["a"] = "b c" }));

        Assert.Equal("values[0][a]: Invalid value: \"b c\": " + LabelValueRule, error.Message);
    }

    [Theory]
    [InlineData("x=a,y=b", "x", true, "a")]
    [InlineData("x in (a)", "x", true, "a")]
    [InlineData("x in (a,b)", "x", false, "")]
    [InlineData("x!=a", "x", false, "")]
    [InlineData("y=b", "x", false, "")]
    public void RequiresExactMatch_ReportsPinnedValue(string selector, string label, bool found, string value)
    {
        Assert.Equal(found, Selector.Parse(selector).RequiresExactMatch(label, out var actual));
        Assert.Equal(value, actual);
    }

    [Fact]
    public void Add_KeepsRequirementsSortedAndOriginalUnchanged()
    {
        var original = Selector.Parse("b=2");

        var added = original.Add(Requirement.New("a", SelectorOperator.In, ["y", "x"]));

        Assert.Equal("a in (x,y),b=2", added.ToString());
        Assert.Equal("b=2", original.ToString());
    }

    [Theory]
    [InlineData("in", new string[0], "values: Invalid value: []: for 'in', 'notin' operators, values set can't be empty")]
    [InlineData("=", new[] { "a", "b" }, "values: Invalid value: [\"a\",\"b\"]: exact-match compatibility requires one single value")]
    [InlineData("exists", new[] { "a" }, "values: Invalid value: [\"a\"]: values set must be empty for exists and does not exist")]
    [InlineData("gt", new[] { "1", "2" }, "values: Invalid value: [\"1\",\"2\"]: for 'Gt', 'Lt' operators, exactly one value is required")]
    [InlineData("~", new string[0], "operator: Unsupported value: \"~\": supported values: \"in\", \"notin\", \"=\", \"==\", \"!=\", \"gt\", \"lt\", \"exists\", \"!\"")]
    public void New_InvalidRequirement_ThrowsWithFieldError(string op, string[] values, string message)
    {
        var error = Assert.Throws<SelectorParseException>(() => Requirement.New("key", op, values));

        Assert.Equal(message, error.Message);
    }
}
