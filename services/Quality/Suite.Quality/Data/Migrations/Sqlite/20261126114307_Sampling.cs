using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Quality.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Sampling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SamplingRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PerAgent = table.Column<int>(type: "INTEGER", nullable: false),
                    LowCsatAtMost = table.Column<int>(type: "INTEGER", nullable: true),
                    EvaluatorIds = table.Column<string>(type: "TEXT", nullable: false),
                    Seed = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SamplingRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SampledItems",
                columns: table => new
                {
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SamplingRunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StoreCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EvaluatorId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SampledItems", x => new { x.SamplingRunId, x.ConversationId });
                    table.ForeignKey(
                        name: "FK_SampledItems_SamplingRuns_SamplingRunId",
                        column: x => x.SamplingRunId,
                        principalTable: "SamplingRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SampledItems_EvaluatorId",
                table: "SampledItems",
                column: "EvaluatorId");

            migrationBuilder.CreateIndex(
                name: "IX_SamplingRuns_TenantId",
                table: "SamplingRuns",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SampledItems");

            migrationBuilder.DropTable(
                name: "SamplingRuns");
        }
    }
}
