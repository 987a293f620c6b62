using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Scheduling.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Workload : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DailyReceptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AgentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Store = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Receptions = table.Column<int>(type: "int", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyReceptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DailyReceptions_Agents_AgentId",
                        column: x => x.AgentId,
                        principalTable: "Agents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkloadSettings",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    PerStoreOverhead = table.Column<int>(type: "int", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkloadSettings", x => x.TenantId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DailyReceptions_AgentId",
                table: "DailyReceptions",
                column: "AgentId");

            migrationBuilder.CreateIndex(
                name: "IX_DailyReceptions_TenantId",
                table: "DailyReceptions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_DailyReceptions_TenantId_Date_AgentId_Store",
                table: "DailyReceptions",
                columns: new[] { "TenantId", "Date", "AgentId", "Store" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkloadSettings_TenantId",
                table: "WorkloadSettings",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DailyReceptions");

            migrationBuilder.DropTable(
                name: "WorkloadSettings");
        }
    }
}
