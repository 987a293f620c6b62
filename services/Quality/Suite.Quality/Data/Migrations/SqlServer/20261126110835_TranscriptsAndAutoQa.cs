using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Quality.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TranscriptsAndAutoQa : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AutoQaSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    GreetingPhrases = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ClosingPhrases = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AbusePhrases = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OffPlatformPhrases = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AbsoluteAdvertisingPhrases = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DetectContactDetails = table.Column<bool>(type: "bit", nullable: false),
                    ResponseThresholdSeconds = table.Column<int>(type: "int", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AutoQaSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Conversations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ExternalId = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    AgentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StoreCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    OrderReference = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Csat = table.Column<int>(type: "int", nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    IngestedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    FirstResponseSeconds = table.Column<double>(type: "float", nullable: true),
                    AverageResponseSeconds = table.Column<double>(type: "float", nullable: true),
                    ResponseThresholdSeconds = table.Column<int>(type: "int", nullable: false),
                    CustomerBlocks = table.Column<int>(type: "int", nullable: false),
                    AnsweredBlocks = table.Column<int>(type: "int", nullable: false),
                    AnsweredWithinThreshold = table.Column<int>(type: "int", nullable: false),
                    UnansweredBlocks = table.Column<int>(type: "int", nullable: false),
                    CustomerMessages = table.Column<int>(type: "int", nullable: false),
                    AgentMessages = table.Column<int>(type: "int", nullable: false),
                    QuestionAnswerRatio = table.Column<double>(type: "float", nullable: true),
                    GreetingPresent = table.Column<bool>(type: "bit", nullable: false),
                    ClosingPresent = table.Column<bool>(type: "bit", nullable: false),
                    FlaggedForReview = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conversations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConversationMessages",
                columns: table => new
                {
                    Index = table.Column<int>(type: "int", nullable: false),
                    ConversationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Role = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversationMessages", x => new { x.ConversationId, x.Index });
                    table.ForeignKey(
                        name: "FK_ConversationMessages_Conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "Conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConversationRedLineHits",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    ConversationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MessageIndex = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Length = table.Column<int>(type: "int", nullable: false),
                    Category = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Rule = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    MatchedText = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversationRedLineHits", x => new { x.ConversationId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_ConversationRedLineHits_Conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "Conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AutoQaSettings_TenantId",
                table: "AutoQaSettings",
                column: "TenantId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_TenantId",
                table: "Conversations",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_TenantId_AgentId_StartedAt",
                table: "Conversations",
                columns: new[] { "TenantId", "AgentId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_TenantId_ExternalId",
                table: "Conversations",
                columns: new[] { "TenantId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_TenantId_FlaggedForReview_StartedAt",
                table: "Conversations",
                columns: new[] { "TenantId", "FlaggedForReview", "StartedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AutoQaSettings");

            migrationBuilder.DropTable(
                name: "ConversationMessages");

            migrationBuilder.DropTable(
                name: "ConversationRedLineHits");

            migrationBuilder.DropTable(
                name: "Conversations");
        }
    }
}
